/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.reports.builtin.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static podium.reports.builtin.tests.Reports.rows;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import podium.model.Measure;
import podium.model.MeasureStatus;
import podium.model.Organisation;
import podium.model.OrganisationKind;
import podium.model.builder.ModelBuilder;
import podium.model.time.Day;
import podium.reports.api.ReportData;
import podium.reports.api.Table;
import podium.reports.api.Tone;
import podium.reports.api.Value;

/** 措施督办 as of August 2004 (31 August), due within 30 days unless the option says otherwise. */
class MeasuresReportTest {

    private Reports.Fixture fixture;

    @BeforeEach
    void setUp() {
        ModelBuilder b = new ModelBuilder("test");
        b.plan("plan", "2004年计划", "2004", "2004-08-31");
        Organisation city = b.organisation("city", "全市", OrganisationKind.CITY);
        Organisation east = b.child(city, "east", "东县", OrganisationKind.COUNTY);
        Organisation west = b.child(city, "west", "西县", OrganisationKind.COUNTY);
        measure(b, "M1", "今日到期", east, "2004-08-31", MeasureStatus.OPEN, "张副市长");
        measure(b, "M2", "昨日到期", city, "2004-08-30", MeasureStatus.IN_PROGRESS, "李副市长");
        measure(b, "M3", "三十天后到期", west, "2004-09-30", MeasureStatus.OPEN, "张副市长");
        measure(b, "M4", "三十一天后到期", west, "2004-10-01", MeasureStatus.OPEN, "张副市长");
        measure(b, "M5", "延期完成", east, "2004-06-30", MeasureStatus.DONE, "王副市长").setCompleted(Day.of(2004, 7, 5));
        measure(b, "M6", "按期完成", east, "2004-06-30", MeasureStatus.DONE, "王副市长").setCompleted(Day.of(2004, 6, 30));
        Measure m7 = measure(b, "M7", "逾期一月", west, "2004-07-31", MeasureStatus.OPEN, "张副市长");
        m7.getCoOwners().add(east);
        measure(b, "M8", "已取消", city, "2004-07-01", MeasureStatus.CANCELLED, "李副市长");
        Measure noDeadline = measure(b, "M9", "没有期限", city, null, MeasureStatus.OPEN, "李副市长");
        Measure noOwner = measure(b, "M10", "没有牵头单位", null, "2004-07-01", MeasureStatus.OPEN, "李副市长");
        fixture = new Reports.Fixture(b.file()).at(noDeadline, "measures.podium:9").at(noOwner, "measures.podium:10");
    }

    private static Measure measure(ModelBuilder b, String name, String title, Organisation owner, String due,
            MeasureStatus status, String leader) {
        Measure m = b.measure(name, title, owner, due, status);
        m.setLeader(leader);
        return m;
    }

    @Test
    void overdueDueSoonAndDoneLateSortedByLeadUnit() throws Exception {
        ReportData data = Reports.run("measures", fixture.input());
        assertThat(data.tables()).extracting(Table::id).containsExactly("overdue", "dueSoon", "doneLate", "byOwner",
                "byLeader");
        // tree order of the lead units: 全市, 东县, 西县
        assertThat(rows(Reports.table(data, "overdue"))).containsExactly(
                // due 30 August: 1 day overdue on the 31st
                "昨日到期 | 全市 |  | 李副市长 | 2004-08-30 | -(not completed) | 1 | overdue",
                // due 31 July: 31 days
                "逾期一月 | 西县 | 东县 | 张副市长 | 2004-07-31 | -(not completed) | 31 | overdue");
        assertThat(rows(Reports.table(data, "dueSoon"), "measure", "days", "status")).containsExactly(
                // due on the as-of day itself: due soon with 0 days left, not overdue
                "今日到期 | 0 | due-soon",
                // 30 days left is within 30 days; 1 October (31 days) is not
                "三十天后到期 | 30 | due-soon");
        assertThat(rows(Reports.table(data, "doneLate"), "measure", "due", "completed", "days", "status"))
                // 30 June → 5 July: 5 days late; done on the deadline is not late; cancelled is not listed
                .containsExactly("延期完成 | 2004-06-30 | 2004-07-05 | 5 | done-late");
    }

    @Test
    void statusesHaveTheirTonesAndLabels() throws Exception {
        ReportData data = Reports.run("measures", fixture.input());
        assertThat(Reports.cell(Reports.table(data, "overdue"), 0, "status"))
                .isEqualTo(new Value.Status("overdue", Tone.BAD, "Overdue"));
        assertThat(Reports.cell(Reports.table(data, "dueSoon"), 0, "status"))
                .isEqualTo(new Value.Status("due-soon", Tone.WARNING, "Due soon"));
        assertThat(Reports.cell(Reports.table(data, "doneLate"), 0, "status"))
                .isEqualTo(new Value.Status("done-late", Tone.NEUTRAL, "Done late"));
    }

    @Test
    void countsByLeadUnitAndByLeaderTheWorstFirst() throws Exception {
        ReportData data = Reports.run("measures", fixture.input());
        assertThat(rows(Reports.table(data, "byOwner"))).containsExactly(
                // overdue, due soon, done late: 西县 1, 1, 0; 全市 1, 0, 0; 东县 0, 1, 1
                "西县 | 1 | 1 | 0", "全市 | 1 | 0 | 0", "东县 | 0 | 1 | 1");
        assertThat(rows(Reports.table(data, "byLeader"))).containsExactly(
                // 张: M7 overdue, M1 and M3 due soon; 李: M2 overdue; 王: M5 done late
                "张副市长 | 1 | 2 | 0", "李副市长 | 1 | 0 | 0", "王副市长 | 0 | 0 | 1");
    }

    @Test
    void measuresThatCannotBeJudgedAreListed() throws Exception {
        assertThat(Reports.run("measures", fixture.input()).omissions()).containsExactly(
                "measures.podium:9: measure 没有期限 cannot be judged: it is open and has no deadline",
                "measures.podium:10: measure 没有牵头单位 left out: its lead unit is missing or not in the model");
    }

    @Test
    void theOrganisationParameterKeepsMeasuresLedOrSharedByTheSubtree() throws Exception {
        ReportData data = Reports.run("measures", fixture.input(), Reports.choices("东县", List.of(), Map.of()));
        // M7 is led by 西县 with 东县 responsible too
        assertThat(rows(Reports.table(data, "overdue"), "measure")).containsExactly("逾期一月");
        assertThat(rows(Reports.table(data, "dueSoon"), "measure")).containsExactly("今日到期");
        assertThat(rows(Reports.table(data, "doneLate"), "measure")).containsExactly("延期完成");
    }

    @Test
    void theDueWithinDaysOptionAndAnEarlierMonth() throws Exception {
        ReportData july = Reports.run("measures", fixture.input(),
                new podium.reports.ParameterChoices("2004-07", null, null, List.of(), null, Map.of("dueWithinDays", "1")));
        // as of 31 July: M7 is due that day (due soon, 0 days); nothing is overdue yet but M10's owner is missing
        assertThat(rows(Reports.table(july, "overdue"))).isEmpty();
        assertThat(rows(Reports.table(july, "dueSoon"), "measure", "days")).containsExactly("逾期一月 | 0");
        assertThat(rows(Reports.table(july, "doneLate"), "measure")).containsExactly("延期完成");
        assertThat(july.title()).isEqualTo("Measures under supervision as of 31 July 2004");
    }
}
