/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.inspections.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import podium.compute.ProgressCalculator;
import podium.compute.ProgressStatus;
import podium.compute.ResolvedTarget;
import podium.model.Direction;
import podium.model.Indicator;
import podium.model.IndicatorKind;
import podium.model.Organisation;
import podium.model.OrganisationKind;
import podium.model.Qualifier;
import podium.model.Target;
import podium.model.Unit;
import podium.model.builder.ModelBuilder;
import podium.model.query.Directions;

/**
 * One direction for validation (PDM-T001) and computation (progress): lower is better when the indicator
 * declares it, or when the guarantee is a cap (确保 5 以内, an unemployment rate); a test per combination.
 */
class DirectionsTest {

    /** Declared direction × the guarantee's qualifier × 力争 above or below 确保. */
    static List<Arguments> combinations() {
        List<Arguments> all = new ArrayList<>();
        for (Direction direction : Direction.values()) {
            for (Qualifier qualifier : new Qualifier[] {Qualifier.EXACT, Qualifier.AT_LEAST, Qualifier.ABOUT, Qualifier.AT_MOST}) {
                for (String strive : new String[] {"4", "6"}) {
                    all.add(Arguments.of(direction, qualifier, strive));
                }
            }
        }
        return all;
    }

    @ParameterizedTest(name = "{0}, 确保 5 {1}, 力争 {2}")
    @MethodSource("combinations")
    void validationAndComputationAgreeOnTheDirection(Direction direction, Qualifier qualifier, String strive) {
        Target target = rateTarget(direction, qualifier, "5", strive);
        boolean lowerBetter = direction == Direction.LOWER_BETTER || qualifier == Qualifier.AT_MOST;
        // 力争 4 is the ambitious side of 确保 5 when lower is better, 力争 6 when higher is better
        boolean striveLooser = lowerBetter ? strive.equals("6") : strive.equals("4");

        assertThat(Directions.lowerIsBetter(target)).isEqualTo(lowerBetter);
        assertThat(ResolvedTarget.of(target).lowerBetter()).isEqualTo(lowerBetter);
        assertThat(Catalogue.codes(target).contains("PDM-T001")).isEqualTo(striveLooser);
    }

    @Test
    void unemploymentKeptWithinFiveStrivingForFourIsCleanAndAheadAtFourAndAHalf() {
        // target 失业率 某市 2004: 确保 5 以内 力争 4 on an indicator that declares no direction (the default)
        Target target = rateTarget(Direction.HIGHER_BETTER, Qualifier.AT_MOST, "5", "4");
        assertThat(Catalogue.codes(target)).isEmpty();
        // a ratio is compared with the level itself: 4.5 % is within the 5 % cap, so ahead of the guarantee
        var progress = new ProgressCalculator().compute(target, new BigDecimal("4.5"), Unit.PERCENT, new BigDecimal("0.5"));
        assertThat(progress.status()).isEqualTo(ProgressStatus.AHEAD);
        var above = new ProgressCalculator().compute(target, new BigDecimal("5.5"), Unit.PERCENT, new BigDecimal("0.5"));
        assertThat(above.status()).isEqualTo(ProgressStatus.BEHIND);
    }

    @Test
    void aShareOfALowerBetterTargetIsJudgedTheSameWay() {
        Target target = rateTarget(Direction.LOWER_BETTER, null, "5", "4");
        ModelBuilder b = builderOf(target);
        var split = b.decomposition(target.getIndicator(), target.getOrganisation(), "2004");
        var county = b.child(target.getOrganisation(), "县", "某县", OrganisationKind.COUNTY);
        var share = b.share(split, county, "5", "4");
        assertThat(Catalogue.codes(share)).doesNotContain("PDM-T001");
        share.getStrive().setValue(new BigDecimal("6"));
        assertThat(Catalogue.codes(share)).contains("PDM-T001");
    }

    private final List<ModelBuilder> builders = new ArrayList<>();

    private Target rateTarget(Direction direction, Qualifier qualifier, String guarantee, String strive) {
        ModelBuilder b = new ModelBuilder("t");
        builders.add(b);
        Catalogue.inResource(b.file(), "t" + builders.size() + ".xmi");
        Organisation city = b.organisation("某市", "某市", OrganisationKind.CITY);
        Indicator rate = b.indicator("失业率", "城镇登记失业率", Unit.PERCENT, IndicatorKind.RATIO);
        rate.setDirection(direction);
        Target target = b.target(rate, city, "2004", guarantee, strive);
        if (qualifier != null) {
            target.getGuarantee().setQualifier(qualifier);
        }
        return target;
    }

    private ModelBuilder builderOf(Target target) {
        return builders.stream().filter(b -> b.file() == target.eContainer()).findFirst().orElseThrow();
    }
}
