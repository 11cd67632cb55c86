/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.model.tests;

import podium.model.Basis;
import podium.model.FigureCitation;
import podium.model.FigureRole;
import podium.model.Indicator;
import podium.model.IndicatorKind;
import podium.model.MeasureStatus;
import podium.model.Meeting;
import podium.model.ModelFactory;
import podium.model.Organisation;
import podium.model.OrganisationKind;
import podium.model.PlanningFile;
import podium.model.Project;
import podium.model.ProjectStage;
import podium.model.Qualifier;
import podium.model.Section;
import podium.model.Speech;
import podium.model.Unit;
import podium.model.builder.ModelBuilder;
import podium.model.time.Day;

/** A small city plan touching every class of the model, for persistence and rule tests. */
public final class Samples {

    private Samples() {
    }

    public static PlanningFile city() {
        ModelBuilder b = new ModelBuilder("city2004");
        b.plan("plan2004", "2004年全市利用外资和出口工作", "2004", "2004-08-31");
        Organisation city = b.organisation("city", "全市", OrganisationKind.CITY);
        Organisation zone = b.child(city, "gaoxin", "高新区", OrganisationKind.ZONE);
        Organisation county = b.child(city, "dongxian", "东县", OrganisationKind.COUNTY);
        Indicator fdi = b.indicator("FDI", "实际利用外资", Unit.TEN_THOUSAND_USD, IndicatorKind.FLOW);
        fdi.setTitleEn("Foreign direct investment");
        b.peerGroup("province21", "全省21个统计单位", 21, city);
        b.target(fdi, city, "2004", "2800", "3200");
        b.target(fdi, zone, "2004", "1000", "1200");
        b.decomposition(fdi, city, "2004");
        b.share(b.file().getElements().stream().filter(e -> e instanceof podium.model.Decomposition)
                .map(e -> (podium.model.Decomposition) e).findFirst().orElseThrow(), zone, "1000", "1200");
        b.actual(fdi, zone, "2004-08", Basis.CUMULATIVE, "812.5").setPreviousYear(new java.math.BigDecimal("700"));
        b.actual(fdi, county, "2004-08", Basis.MONTHLY, "0");
        Project p = b.project("p1", "电子元件项目", zone, ProjectStage.SIGNED, "1.2", "0.3", Unit.HUNDRED_MILLION_USD);
        b.stageChange(p, ProjectStage.SIGNED, "2004-05-20");
        b.measure("m1", "建立重点项目挂点联系制度", city, "2004-08-31", MeasureStatus.IN_PROGRESS);
        b.file().getElements().add(meeting(fdi));
        return b.file();
    }

    private static Meeting meeting(Indicator fdi) {
        ModelFactory f = ModelFactory.eINSTANCE;
        Meeting meeting = f.createMeeting();
        meeting.setName("conference2004");
        meeting.setTitle("全市利用外资工作会议");
        meeting.setDate(Day.of(2004, 9, 6));
        Speech speech = f.createSpeech();
        speech.setName("speech1");
        speech.setTitle("在全市利用外资工作会议上的讲话");
        speech.setText("同志们:\n一、今年以来的工作\n实际利用外资确保2800万美元。");
        speech.setEncoding("GB18030");
        Section section = f.createSection();
        section.setNumber("一、");
        section.setTitle("今年以来的工作");
        section.setLevel(1);
        section.setOffset(5);
        section.setLength(10);
        speech.getSections().add(section);
        FigureCitation figure = f.createFigureCitation();
        figure.setOffset(24);
        figure.setLength(6);
        figure.setQuote("2800万美元");
        figure.setValue(new java.math.BigDecimal("2800"));
        figure.setUnit(Unit.TEN_THOUSAND_USD);
        figure.setQualifier(Qualifier.GUARANTEE);
        figure.setRole(FigureRole.TARGET);
        figure.setIndicator(fdi);
        speech.getFigures().add(figure);
        meeting.getSpeeches().add(speech);
        return meeting;
    }
}
