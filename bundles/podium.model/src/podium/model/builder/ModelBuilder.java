/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.model.builder;

import java.math.BigDecimal;

import podium.model.Actual;
import podium.model.Basis;
import podium.model.Decomposition;
import podium.model.Indicator;
import podium.model.IndicatorKind;
import podium.model.Level;
import podium.model.Measure;
import podium.model.MeasureStatus;
import podium.model.ModelFactory;
import podium.model.Organisation;
import podium.model.OrganisationKind;
import podium.model.PeerGroup;
import podium.model.Plan;
import podium.model.PlanningFile;
import podium.model.Project;
import podium.model.ProjectStage;
import podium.model.Quantity;
import podium.model.Qualifier;
import podium.model.RankObservation;
import podium.model.Share;
import podium.model.StageChange;
import podium.model.Target;
import podium.model.Unit;
import podium.model.time.Day;
import podium.model.time.Month;
import podium.model.time.Period;

/**
 * Builds planning files in code, for tests, benchmarks and importers: each method creates one
 * element in the file and returns it for further settings.
 */
public final class ModelBuilder {

    private static final ModelFactory F = ModelFactory.eINSTANCE;

    private final PlanningFile file;

    public ModelBuilder(String namespace) {
        file = F.createPlanningFile();
        file.setName(namespace);
    }

    public PlanningFile file() {
        return file;
    }

    public Plan plan(String name, String title, String period, String asOf) {
        Plan plan = F.createPlan();
        plan.setName(name);
        plan.setTitle(title);
        plan.setPeriod(Period.valueOf(period));
        plan.setAsOf(asOf == null ? null : Day.valueOf(asOf));
        file.getElements().add(plan);
        return plan;
    }

    public Organisation organisation(String name, String title, OrganisationKind kind) {
        Organisation org = newOrganisation(name, title, kind);
        file.getElements().add(org);
        return org;
    }

    public Organisation child(Organisation parent, String name, String title, OrganisationKind kind) {
        Organisation org = newOrganisation(name, title, kind);
        parent.getChildren().add(org);
        return org;
    }

    private static Organisation newOrganisation(String name, String title, OrganisationKind kind) {
        Organisation org = F.createOrganisation();
        org.setName(name);
        org.setTitle(title);
        org.setKind(kind);
        return org;
    }

    public Indicator indicator(String code, String title, Unit unit, IndicatorKind kind) {
        Indicator indicator = F.createIndicator();
        indicator.setName(code);
        indicator.setTitle(title);
        indicator.setUnit(unit);
        indicator.setKind(kind);
        file.getElements().add(indicator);
        return indicator;
    }

    public PeerGroup peerGroup(String name, String title, int size, Organisation... members) {
        PeerGroup group = F.createPeerGroup();
        group.setName(name);
        group.setTitle(title);
        group.setSize(size);
        group.getMembers().addAll(java.util.List.of(members));
        file.getElements().add(group);
        return group;
    }

    /** A target with guarantee and strive levels (either may be null) in the indicator's unit. */
    public Target target(Indicator indicator, Organisation org, String period, String guarantee, String strive) {
        Target target = F.createTarget();
        target.setIndicator(indicator);
        target.setOrganisation(org);
        target.setPeriod(period == null ? null : Period.valueOf(period));
        target.setGuarantee(level(guarantee, Unit.NONE, Qualifier.AT_LEAST));
        target.setStrive(level(strive, Unit.NONE, Qualifier.AT_LEAST));
        file.getElements().add(target);
        return target;
    }

    /** A growth target: guarantee and strive are growth rates in %, base the base-period value. */
    public Target growthTarget(Indicator indicator, Organisation org, String period, String base, String guaranteeRate,
            String striveRate) {
        Target target = target(indicator, org, period, null, null);
        target.setGrowth(true);
        target.setBase(quantity(base, Unit.NONE));
        target.setGuarantee(level(guaranteeRate, Unit.PERCENT, Qualifier.AT_LEAST));
        target.setStrive(level(striveRate, Unit.PERCENT, Qualifier.AT_LEAST));
        return target;
    }

    public Decomposition decomposition(Indicator indicator, Organisation parent, String period) {
        Decomposition d = F.createDecomposition();
        d.setIndicator(indicator);
        d.setParent(parent);
        d.setPeriod(period == null ? null : Period.valueOf(period));
        file.getElements().add(d);
        return d;
    }

    public Share share(Decomposition d, Organisation org, String guarantee, String strive) {
        Share share = F.createShare();
        share.setOrganisation(org);
        share.setGuarantee(level(guarantee, Unit.NONE, Qualifier.AT_LEAST));
        share.setStrive(level(strive, Unit.NONE, Qualifier.AT_LEAST));
        d.getShares().add(share);
        return share;
    }

    /** An actual in the indicator's unit; {@code value} null means "reported without value". */
    public Actual actual(Indicator indicator, Organisation org, String month, Basis basis, String value) {
        return actual(indicator, org, Month.valueOf(month), basis, value == null ? null : new BigDecimal(value));
    }

    public Actual actual(Indicator indicator, Organisation org, Month month, Basis basis, BigDecimal value) {
        Actual actual = F.createActual();
        actual.setIndicator(indicator);
        actual.setOrganisation(org);
        actual.setMonth(month);
        actual.setBasis(basis);
        actual.setValue(value);
        file.getElements().add(actual);
        return actual;
    }

    public RankObservation rank(Indicator indicator, Organisation org, PeerGroup group, String month, int rank) {
        RankObservation r = F.createRankObservation();
        r.setIndicator(indicator);
        r.setOrganisation(org);
        r.setGroup(group);
        r.setMonth(Month.valueOf(month));
        r.setRank(rank);
        file.getElements().add(r);
        return r;
    }

    public Project project(String name, String title, Organisation org, ProjectStage stage, String contract,
            String paidIn, Unit unit) {
        Project p = F.createProject();
        p.setName(name);
        p.setTitle(title);
        p.setOrganisation(org);
        p.setStage(stage);
        p.setContractAmount(quantity(contract, unit));
        p.setPaidInAmount(quantity(paidIn, unit));
        file.getElements().add(p);
        return p;
    }

    public StageChange stageChange(Project project, ProjectStage stage, String date) {
        StageChange change = F.createStageChange();
        change.setStage(stage);
        change.setDate(Day.valueOf(date));
        project.getStageChanges().add(change);
        return change;
    }

    public Measure measure(String name, String title, Organisation owner, String due, MeasureStatus status) {
        Measure m = F.createMeasure();
        m.setName(name);
        m.setTitle(title);
        m.setOwner(owner);
        m.setDue(due == null ? null : Day.valueOf(due));
        m.setStatus(status);
        file.getElements().add(m);
        return m;
    }

    /** A level, or null when {@code value} is null. */
    public static Level level(String value, Unit unit, Qualifier qualifier) {
        if (value == null) {
            return null;
        }
        Level level = F.createLevel();
        level.setValue(new BigDecimal(value));
        level.setUnit(unit);
        level.setQualifier(qualifier);
        return level;
    }

    /** A quantity, or null when {@code value} is null. */
    public static Quantity quantity(String value, Unit unit) {
        if (value == null) {
            return null;
        }
        Quantity q = F.createQuantity();
        q.setValue(new BigDecimal(value));
        q.setUnit(unit);
        return q;
    }
}
