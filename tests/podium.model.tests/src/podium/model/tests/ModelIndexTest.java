/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.model.tests;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import podium.model.Indicator;
import podium.model.IndicatorKind;
import podium.model.Organisation;
import podium.model.OrganisationKind;
import podium.model.PlanElement;
import podium.model.Target;
import podium.model.Unit;
import podium.model.builder.ModelBuilder;
import podium.model.query.ModelIndex;
import podium.model.time.Period;

/** Elements by type in containment order, and targets found by indicator, organisation and period. */
class ModelIndexTest {

    private final ModelBuilder b = new ModelBuilder("t");
    private final Organisation city = b.organisation("city", "某市", OrganisationKind.CITY);
    private final Organisation east = b.child(city, "east", "东县", OrganisationKind.COUNTY);
    private final Indicator fdi = b.indicator("FDI", "实际利用外资", Unit.TEN_THOUSAND_USD, IndicatorKind.FLOW);
    private final Target east2004 = b.target(fdi, east, "2004", "100", null);
    private final Indicator exports = b.indicator("EXP", "外贸出口", Unit.TEN_THOUSAND_USD, IndicatorKind.FLOW);
    private final Target city2004 = b.target(fdi, city, "2004", "900", null);
    private final Target east2005 = b.target(fdi, east, "2005", "120", null);
    private final Target eastExports = b.target(exports, east, null, "50", null);

    @Test
    void eachTypeInContainmentOrderAlsoAcrossKinds() {
        ModelIndex index = ModelIndex.of(b.file());
        assertThat(index.targets()).containsExactly(east2004, city2004, east2005, eastExports);
        assertThat(index.indicators()).containsExactly(fdi, exports);
        assertThat(index.organisations()).containsExactly(city, east);
        // PlanElement is implemented by several classes: still one list in the order they are written
        assertThat(index.all(PlanElement.class)).containsExactly(city, east, fdi, east2004, exports, city2004,
                east2005, eastExports);
        assertThat(index.projects()).isEmpty();
    }

    @Test
    void aTargetIsFoundByIndicatorOrganisationAndPeriodAndOneWithoutPeriodMatchesAny() {
        ModelIndex index = ModelIndex.of(b.file());
        assertThat(index.target(fdi, east, Period.year(2005))).contains(east2005);
        assertThat(index.target(fdi, east, Period.year(2004))).contains(east2004);
        assertThat(index.target(fdi, east, Period.year(2006))).isEmpty();
        assertThat(index.target(fdi, city, Period.year(2004))).contains(city2004);
        assertThat(index.target(exports, east, Period.year(2030))).contains(eastExports);
        assertThat(index.target(exports, city, null)).isEmpty();
    }
}
