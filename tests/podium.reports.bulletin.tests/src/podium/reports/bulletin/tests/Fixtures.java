/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.reports.bulletin.tests;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;

import podium.model.Actual;
import podium.model.Basis;
import podium.model.Decomposition;
import podium.model.Indicator;
import podium.model.IndicatorKind;
import podium.model.Organisation;
import podium.model.OrganisationKind;
import podium.model.PeerGroup;
import podium.model.Plan;
import podium.model.Unit;
import podium.model.builder.ModelBuilder;
import podium.model.query.ModelIndex;
import podium.model.time.Month;
import podium.model.time.Period;
import podium.reports.api.ReportInput;
import podium.reports.api.ReportParameters;

/**
 * A city and seven units as of May 2004, written for these tests (every figure invented):
 * <ul>
 * <li>实际利用外资 (万美元): city target 38000, split 东区 9000, 西区 8000, 南县 6000, 北县 4000, 高新区 3000,
 * 中县 4000, 新县 4000; 1-5月 东区 4086 (last year 3600), 西区 3632 (3200), 南县 6300 (0: beyond 100 %, no
 * base), 北县 0 (200: still at zero), 中县 1372 (1400), 新县 454 (500), 高新区 no report; the city has no
 * figure of its own (its total is summed: 15844); ranked 16th of 21 in the province, 14th in April.</li>
 * <li>外贸出口 (万美元): city target 20000, split 东区 6000, 西区 5000, 南县 4000, 北县 3000, 中县 2000
 * (高新区 and 新县 have no target); the city's own statistics 8400 (8000), 东区 2600 (2000), 西区 2000
 * (2500), 南县 1700 (1700), 北县 900 (1000), 中县 1000 (800); 8th of the 18 cities in April and May.</li>
 * </ul>
 */
final class Fixtures {

    static final String MONTH = "2004-05";

    final ModelBuilder b = new ModelBuilder("test");
    final Organisation city = b.organisation("某市", "某市", OrganisationKind.CITY);
    final Organisation east = b.child(city, "东区", "东区", OrganisationKind.DISTRICT);
    final Organisation west = b.child(city, "西区", "西区", OrganisationKind.DISTRICT);
    final Organisation south = b.child(city, "南县", "南县", OrganisationKind.COUNTY);
    final Organisation north = b.child(city, "北县", "北县", OrganisationKind.COUNTY);
    final Organisation zone = b.child(city, "高新区", "某市高新技术产业开发区", OrganisationKind.ZONE);
    final Organisation middle = b.child(city, "中县", "中县", OrganisationKind.COUNTY);
    final Organisation fresh = b.child(city, "新县", "新县", OrganisationKind.COUNTY);
    final Plan plan = b.plan("计划", "2004年全市利用外资和出口工作", "2004", "2004-05-31");
    final Indicator fdi = b.indicator("FDI", "实际利用外资", Unit.TEN_THOUSAND_USD, IndicatorKind.FLOW);
    final Indicator exports = b.indicator("EXP", "外贸出口", Unit.TEN_THOUSAND_USD, IndicatorKind.FLOW);
    final PeerGroup province = b.peerGroup("全省", "全省21个统计单位", 21, city);
    final PeerGroup cities = b.peerGroup("省辖市", "全省18个省辖市", 18, city);

    /** The published-style case of the class comment. */
    static Fixtures city() {
        Fixtures f = new Fixtures();
        f.plan.setOrganisation(f.city);
        f.fdi.setPeerGroup(f.province);
        f.exports.setPeerGroup(f.cities);
        f.b.target(f.fdi, f.city, "2004", "38000", null);
        Decomposition split = f.b.decomposition(f.fdi, f.city, "2004");
        f.shares(split, Map.of(f.east, "9000", f.west, "8000", f.south, "6000", f.north, "4000", f.zone, "3000",
                f.middle, "4000", f.fresh, "4000"));
        f.actual(f.fdi, f.east, "4086", "3600");
        f.actual(f.fdi, f.west, "3632", "3200");
        f.actual(f.fdi, f.south, "6300", "0");
        f.actual(f.fdi, f.north, "0", "200");
        f.actual(f.fdi, f.middle, "1372", "1400");
        f.actual(f.fdi, f.fresh, "454", "500");
        f.b.rank(f.fdi, f.city, f.province, "2004-04", 14);
        f.b.rank(f.fdi, f.city, f.province, MONTH, 16);
        f.b.target(f.exports, f.city, "2004", "20000", null);
        Decomposition exportSplit = f.b.decomposition(f.exports, f.city, "2004");
        f.shares(exportSplit, Map.of(f.east, "6000", f.west, "5000", f.south, "4000", f.north, "3000", f.middle, "2000"));
        f.actual(f.exports, f.city, "8400", "8000");
        f.actual(f.exports, f.east, "2600", "2000");
        f.actual(f.exports, f.west, "2000", "2500");
        f.actual(f.exports, f.south, "1700", "1700");
        f.actual(f.exports, f.north, "900", "1000");
        f.actual(f.exports, f.middle, "1000", "800");
        f.b.rank(f.exports, f.city, f.cities, "2004-04", 8);
        f.b.rank(f.exports, f.city, f.cities, MONTH, 8);
        return f;
    }

    /** Shares in the tree's order, whatever the map's. */
    void shares(Decomposition split, Map<Organisation, String> guarantees) {
        for (Organisation org : city.getChildren()) {
            if (guarantees.containsKey(org)) {
                b.share(split, org, guarantees.get(org), null);
            }
        }
    }

    /** A cumulative actual for May with last year's figure (null: not reported). */
    Actual actual(Indicator indicator, Organisation org, String value, String previousYear) {
        Actual actual = b.actual(indicator, org, MONTH, Basis.CUMULATIVE, value);
        actual.setPreviousYear(previousYear == null ? null : new BigDecimal(previousYear));
        return actual;
    }

    ModelIndex index() {
        Resource resource = new ResourceSetImpl().createResource(URI.createURI("memory:/bulletin-test.xmi"));
        resource.getContents().add(b.file());
        return ModelIndex.of(resource);
    }

    ReportInput input() {
        return ReportInput.of(index());
    }

    /** An input whose workspace folder is {@code folder} (user templates). */
    ReportInput input(Path folder) {
        return new ReportInput(index(), folder, List.of(), e -> e.eClass().getName());
    }

    /** The bulletin of May 2004 for the whole city, every indicator, default options. */
    static ReportParameters may() {
        return parameters(Map.of());
    }

    static ReportParameters parameters(Map<String, String> options) {
        return new ReportParameters(Month.valueOf(MONTH), Period.valueOf("2004"), null, List.of(), null, options);
    }
}
