/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.compute.tests;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import podium.compute.MeasureAgenda;
import podium.compute.Pipeline;
import podium.compute.PipelineCalculator;
import podium.model.MeasureStatus;
import podium.model.Organisation;
import podium.model.OrganisationKind;
import podium.model.Project;
import podium.model.ProjectStage;
import podium.model.Unit;
import podium.model.builder.ModelBuilder;
import podium.model.query.ModelIndex;
import podium.model.time.Day;

class PipelineAndMeasuresTest {

    @Test
    void pipelineCountsAmountsConversionAndTheThreeRates() {
        ModelBuilder b = new ModelBuilder("t");
        Organisation zone = b.organisation("zone", "高新区", OrganisationKind.ZONE);
        b.project("a", "在谈A", zone, ProjectStage.TRACKING, null, null, Unit.TEN_THOUSAND_USD);
        b.project("b", "在谈B", zone, ProjectStage.TRACKING, null, null, Unit.TEN_THOUSAND_USD);
        Project c = b.project("c", "签约C", zone, ProjectStage.SIGNED, "1000", "100", Unit.TEN_THOUSAND_USD);
        b.stageChange(c, ProjectStage.SIGNED, "2004-03-01");
        Project d = b.project("d", "注册D", zone, ProjectStage.REGISTERED, "0.2", "0.05", Unit.HUNDRED_MILLION_USD);
        b.stageChange(d, ProjectStage.REGISTERED, "2004-08-01");
        b.project("e", "在建E", zone, ProjectStage.STARTED, "3000", "1500", Unit.TEN_THOUSAND_USD);
        b.project("f", "投产F", zone, ProjectStage.PRODUCING, "4000", "4000", Unit.TEN_THOUSAND_USD);
        Pipeline p = PipelineCalculator.of(ModelIndex.of(b.file()).projects(), Unit.TEN_THOUSAND_USD,
                Day.of(2004, 8, 31), 90);
        assertThat(p.stage(ProjectStage.TRACKING).count()).isEqualTo(2);
        assertThat(p.stage(ProjectStage.REGISTERED).contractAmount()).isEqualByComparingTo("2000");
        // reached: tracking 6, signed 4, registered 3, started 2, producing 1
        assertThat(p.conversion().get(ProjectStage.TRACKING)).isEqualByComparingTo("66.66666666666667");
        assertThat(p.conversion().get(ProjectStage.SIGNED)).isEqualByComparingTo("75");
        assertThat(p.conversion().get(ProjectStage.STARTED)).isEqualByComparingTo("50");
        // signed contract 1000+2000+3000+4000 = 10000; registered or beyond 9000; paid-in 100+500+1500+4000 = 6100
        assertThat(p.contractRealisedRate()).isEqualByComparingTo("90");
        assertThat(p.paidInRate()).isEqualByComparingTo("61");
        assertThat(p.signedAdvancingRate()).isEqualByComparingTo("50");
        // c: 183 days since 2004-03-01; d: 30 days; a, b, e have no dated change; f is in production
        assertThat(p.stalled()).singleElement().satisfies(s -> {
            assertThat(s.project()).isSameAs(c);
            assertThat(s.days()).isEqualTo(183);
        });
        assertThat(p.undated()).extracting(Project::getName).containsExactly("a", "b", "e");
    }

    @Test
    void measuresOverdueDueSoonAndCompletedLate() {
        ModelBuilder b = new ModelBuilder("t");
        Organisation city = b.organisation("city", "全市", OrganisationKind.CITY);
        b.measure("late", "逾期", city, "2004-08-20", MeasureStatus.OPEN);
        b.measure("later", "更早逾期", city, "2004-07-31", MeasureStatus.IN_PROGRESS);
        b.measure("soon", "将到期", city, "2004-09-10", MeasureStatus.OPEN);
        b.measure("far", "远期", city, "2004-12-31", MeasureStatus.OPEN);
        b.measure("today", "今日到期", city, "2004-08-31", MeasureStatus.OPEN);
        b.measure("cancelled", "已取消", city, "2004-08-01", MeasureStatus.CANCELLED);
        b.measure("doneLate", "延期完成", city, "2004-06-30", MeasureStatus.DONE).setCompleted(Day.of(2004, 7, 5));
        MeasureAgenda agenda = MeasureAgenda.of(ModelIndex.of(b.file()).measures(), Day.of(2004, 8, 31), 15);
        assertThat(agenda.overdue()).extracting(i -> i.measure().getName(), MeasureAgenda.Item::days)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("later", 31L),
                        org.assertj.core.groups.Tuple.tuple("late", 11L));
        assertThat(agenda.dueSoon()).extracting(i -> i.measure().getName()).containsExactly("today", "soon");
        assertThat(agenda.completedLate()).singleElement().satisfies(i -> assertThat(i.days()).isEqualTo(5));
    }

    @Test
    void aMeasureDoneAfterTheAsOfDateWasStillOpenOnIt() {
        ModelBuilder b = new ModelBuilder("t");
        Organisation city = b.organisation("city", "全市", OrganisationKind.CITY);
        b.measure("doneInJune", "6月完成", city, "2004-05-20", MeasureStatus.DONE).setCompleted(Day.of(2004, 6, 10));
        b.measure("doneLateInMay", "5月延期完成", city, "2004-05-10", MeasureStatus.DONE)
                .setCompleted(Day.of(2004, 5, 31));
        MeasureAgenda agenda = MeasureAgenda.of(ModelIndex.of(b.file()).measures(), Day.of(2004, 5, 31), 30);
        // as of 31 May the June completion had not happened: 11 days overdue (20 May -> 31 May), not done late
        assertThat(agenda.overdue()).extracting(i -> i.measure().getName(), MeasureAgenda.Item::days)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("doneInJune", 11L));
        // completed on the as-of day itself: done, 21 days late (10 May -> 31 May)
        assertThat(agenda.completedLate()).extracting(i -> i.measure().getName(), MeasureAgenda.Item::days)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("doneLateInMay", 21L));
        // a month later it is done late too: 21 days (20 May -> 10 June); equal days keep the model's order
        MeasureAgenda june = MeasureAgenda.of(ModelIndex.of(b.file()).measures(), Day.of(2004, 6, 30), 30);
        assertThat(june.overdue()).isEmpty();
        assertThat(june.completedLate()).extracting(i -> i.measure().getName(), MeasureAgenda.Item::days)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("doneInJune", 21L),
                        org.assertj.core.groups.Tuple.tuple("doneLateInMay", 21L));
    }
}
