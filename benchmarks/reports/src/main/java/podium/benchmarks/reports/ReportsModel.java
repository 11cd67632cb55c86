/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.benchmarks.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;

import podium.importer.ImportCodes;
import podium.lang.resource.PodiumResource;
import podium.model.Basis;
import podium.model.Decomposition;
import podium.model.Direction;
import podium.model.FigureCitation;
import podium.model.FigureRole;
import podium.model.ImportProblem;
import podium.model.Indicator;
import podium.model.IndicatorKind;
import podium.model.IssueSeverity;
import podium.model.Measure;
import podium.model.MeasureStatus;
import podium.model.Meeting;
import podium.model.ModelFactory;
import podium.model.Organisation;
import podium.model.OrganisationKind;
import podium.model.PeerGroup;
import podium.model.Plan;
import podium.model.PlanningFile;
import podium.model.Project;
import podium.model.ProjectStage;
import podium.model.Qualifier;
import podium.model.RankMeasure;
import podium.model.RankObservation;
import podium.model.Speech;
import podium.model.StageChange;
import podium.model.Unit;
import podium.model.builder.ModelBuilder;
import podium.model.time.Day;
import podium.model.time.Month;

/**
 * A generated workspace of a city's planning office, built in memory with {@link ModelBuilder}, and the same
 * figures in primitive arrays for the baselines.
 * <ul>
 * <li>200 organisations in pre-order: the city; 19 counties (3 districts, 15 counties, 1 zone) with 9 towns each;
 * 9 city departments.</li>
 * <li>50 indicators: 30 flows (万美元, 万元, 亿元, 项, 家; half reported cumulative with last year's figure, half
 * monthly), 10 stocks, 10 ratios in % (2 of them lower-better); the even ones ranked in the province (the city's
 * published rank), the odd ones among the 19 counties.</li>
 * <li>Actuals for every organisation, indicator and month of the 60 months 2000-07 … 2005-06, except: the city
 * reports none of its own for 10 flows (its figure is rolled up from its units), about 2 % of the towns' series
 * stop 1–3 months before the data month (no report), about 2 % of the towns' flows are 0 all of 2005 (zero
 * progress).</li>
 * <li>Targets for 2005 with 确保 (and 力争 for about 70 %): the even indicators with a target for each of the 200
 * organisations; the odd ones with a city target decomposed into shares of its 28 direct units, each county's
 * share decomposed in turn into its 9 towns (25 × 20 decompositions, 4 975 shares).</li>
 * <li>Rank observations for every month: the city in the province (by total; flows also by growth) for the even
 * indicators, the 19 counties by total for the odd ones.</li>
 * <li>400 projects with stage histories, 400 measures with deadlines, and two speeches citing 400 figures (targets,
 * actuals, growths, ranks, shares, unknown indicators and blanked numbers with the importer's problems).</li>
 * </ul>
 * The workspace is a resource set as the CLI and the workbench load one: orgs.podium, plan.podium (plan, indicators,
 * peer groups, targets, decompositions), actuals-2000.podium … actuals-2005.podium, ranks.podium, projects.podium and
 * measures.podium in podium.lang's PodiumResource, and the speeches in speeches/2005-06-20-推进会.xmi (XMI).
 * <p>
 * Arrays: amounts in cents ({@code long}, {@link #MISSING} when not reported), indexed
 * {@code (indicator × organisations + organisation) × months + month}.
 */
final class ReportsModel {

    static final long MISSING = Long.MIN_VALUE;
    static final Month FIRST = Month.of(2000, 7);
    static final String PERIOD = "2005";
    static final String WORKSPACE = "file:/workspace/";

    private static final ModelFactory F = ModelFactory.eINSTANCE;
    private static final String[] LEADERS = {"张志刚", "李建国", "王海燕", "刘卫东", "陈晓明", "杨红", "赵立新", "黄强", "周敏",
        "吴国华", "徐涛", "孙丽", "马俊", "朱永", "胡斌"};

    // dimensions
    final int organisations;
    final int indicatorCount;
    final int months;
    final Month asOf;
    final int asOfIndex;
    final Day asOfDay;

    // the EMF model
    final ModelBuilder orgsFile = new ModelBuilder("某市");
    final ModelBuilder planFile = new ModelBuilder("某市");
    final Map<Integer, ModelBuilder> actualsFiles = new TreeMap<>();
    final ModelBuilder ranksFile = new ModelBuilder("某市");
    final ModelBuilder projectsFile = new ModelBuilder("某市");
    final ModelBuilder measuresFile = new ModelBuilder("某市");
    final PlanningFile speechesFile = F.createPlanningFile();
    final ResourceSet workspace = new ResourceSetImpl();
    final Organisation[] orgs;
    final Indicator[] indicators;
    final List<Speech> speeches = new ArrayList<>();
    int actualCount;
    int rankCount;
    int figureCount;
    int targetCount;
    int shareCount;

    // the tree
    final int[] parent;
    final int[][] children;
    final int[] cityUnits; // the city's direct children, in order

    // indicators
    final IndicatorKind[] kind;
    final boolean[] cumulativeBasis;
    final boolean[] lowerBetter;
    final boolean[] provinceRanked;
    final long[] unitFactor; // figures in 亿 instead of 万: 10 000; else 1

    // actuals
    final long[] value;
    final long[] previousYear;

    // targets and shares: one per indicator and organisation
    final long[] guarantee;
    final long[] strive;
    final List<int[]> decompositions = new ArrayList<>(); // {indicator, parent, units...}

    // ranks (0 = none), [(indicator × organisations + organisation) × months + month]
    final int[] rankTotal;
    final int[] rankGrowth;
    final int[] countyIndexes;

    // projects
    final int[] projectStage;
    final int[] projectOrg;
    final int[] projectLeader; // -1 = none
    final long[] projectContract;
    final long[] projectPaidIn;
    final long[][] projectChangeDays; // epoch days, MISSING = undated

    // measures
    final int[] measureOwner;
    final int[][] measureCoOwners;
    final int[] measureLeader;
    final long[] measureDue; // epoch day or MISSING
    final long[] measureCompleted;
    final MeasureStatus[] measureStatus;

    // speech figures: role code, indicator, organisation, value in cents of the figure's unit (MISSING = blanked),
    // decimals, qualifier code
    static final int FIG_GUARANTEE = 0;
    static final int FIG_STRIVE = 1;
    static final int FIG_ACTUAL = 2;
    static final int FIG_GROWTH = 3;
    static final int FIG_RANK = 4;
    static final int FIG_SHARE = 5;
    static final int FIG_UNKNOWN = 6;
    static final int FIG_BLANKED = 7;
    int[] figureKind;
    int[] figureIndicator;
    int[] figureOrg;
    long[] figureValue; // × 100
    int[] figureDecimals;
    long[] figureFactor;

    private final Random random = new Random(42);

    ReportsModel(int organisations, int indicatorCount, int months) {
        if (organisations < 20) {
            throw new IllegalArgumentException("at least 20 organisations");
        }
        this.organisations = organisations;
        this.indicatorCount = indicatorCount;
        this.months = months;
        this.asOf = FIRST.plusMonths(months - 1);
        this.asOfIndex = months - 1;
        this.asOfDay = asOf.lastDay();
        orgs = new Organisation[organisations];
        parent = new int[organisations];
        indicators = new Indicator[indicatorCount];
        kind = new IndicatorKind[indicatorCount];
        cumulativeBasis = new boolean[indicatorCount];
        lowerBetter = new boolean[indicatorCount];
        provinceRanked = new boolean[indicatorCount];
        unitFactor = new long[indicatorCount];
        value = new long[organisations * indicatorCount * months];
        previousYear = new long[value.length];
        guarantee = new long[organisations * indicatorCount];
        strive = new long[organisations * indicatorCount];
        rankTotal = new int[value.length];
        rankGrowth = new int[value.length];

        Plan plan = planFile.plan("plan", "重点目标任务", PERIOD, asOfDay.toString());
        children = tree();
        cityUnits = children[0];
        countyIndexes = Arrays.stream(cityUnits).filter(o -> orgs[o].getKind() != OrganisationKind.DEPARTMENT)
                .toArray();
        plan.setOrganisation(orgs[0]);
        PeerGroup province = planFile.peerGroup("province", "全省21个统计单位", 21, orgs[0]);
        PeerGroup counties = planFile.peerGroup("counties", "全市" + countyIndexes.length + "个县（市、区）", countyIndexes.length,
                Arrays.stream(countyIndexes).mapToObj(o -> orgs[o]).toArray(Organisation[]::new));
        indicators(province, counties);
        actuals();
        targets();
        ranks(province, counties);
        int projectCount = 400;
        projectStage = new int[projectCount];
        projectOrg = new int[projectCount];
        projectLeader = new int[projectCount];
        projectContract = new long[projectCount];
        projectPaidIn = new long[projectCount];
        projectChangeDays = new long[projectCount][];
        projects();
        int measureCount = 400;
        measureOwner = new int[measureCount];
        measureCoOwners = new int[measureCount][];
        measureLeader = new int[measureCount];
        measureDue = new long[measureCount];
        measureCompleted = new long[measureCount];
        measureStatus = new MeasureStatus[measureCount];
        measures();
        speeches();
        podium("orgs.podium", orgsFile);
        podium("plan.podium", planFile);
        actualsFiles.forEach((year, file) -> podium("actuals-" + year + ".podium", file));
        podium("ranks.podium", ranksFile);
        podium("projects.podium", projectsFile);
        podium("measures.podium", measuresFile);
        speechesFile.setName("2005-06-20-推进会");
        Resource speechResource = new XMIResourceImpl(URI.createURI(WORKSPACE + "speeches/2005-06-20-推进会.xmi"));
        workspace.getResources().add(speechResource);
        speechResource.getContents().add(speechesFile);
    }

    /** A .podium file of the workspace, in the product's resource (podium.lang's PodiumResource, without Xtext's injection). */
    private void podium(String name, ModelBuilder file) {
        PodiumResource resource = new PodiumResource();
        resource.setURI(URI.createURI(WORKSPACE + name));
        workspace.getResources().add(resource);
        resource.getContents().add(file.file());
    }

    int series(int indicator, int org) {
        return (indicator * organisations + org) * months;
    }

    int entry(int indicator, int org) {
        return indicator * organisations + org;
    }

    /** The city, its counties with their towns, then its departments (pre-order, as the model lists them). */
    private int[][] tree() {
        List<List<Integer>> kids = new ArrayList<>();
        for (int i = 0; i < organisations; i++) {
            kids.add(new ArrayList<>());
        }
        orgs[0] = orgsFile.organisation("某市", "某市", OrganisationKind.CITY);
        parent[0] = -1;
        int departments = 9;
        int counties = (organisations - 1 - departments) / 10; // each with 9 towns
        int towns = organisations - 1 - departments - counties;
        int next = 1;
        for (int c = 0; c < counties; c++) {
            OrganisationKind k = c < 3 ? OrganisationKind.DISTRICT : c == counties - 1 ? OrganisationKind.ZONE
                    : OrganisationKind.COUNTY;
            String name = String.format("%s%02d%s", k == OrganisationKind.DISTRICT ? "城区" : k == OrganisationKind.ZONE ? "开发区" : "县",
                    c + 1, k == OrganisationKind.DISTRICT ? "区" : k == OrganisationKind.ZONE ? "" : "县");
            int county = next++;
            orgs[county] = orgsFile.child(orgs[0], name, name, k);
            parent[county] = 0;
            kids.get(0).add(county);
            int mine = towns / counties + (c < towns % counties ? 1 : 0);
            for (int t = 0; t < mine; t++) {
                int town = next++;
                String townName = name + "第" + (t + 1) + "镇";
                orgs[town] = orgsFile.child(orgs[county], townName, townName, OrganisationKind.OTHER);
                parent[town] = county;
                kids.get(county).add(town);
            }
        }
        for (int d = 0; d < departments; d++) {
            int dept = next++;
            String name = "市直部门" + (d + 1);
            orgs[dept] = orgsFile.child(orgs[0], name, name, OrganisationKind.DEPARTMENT);
            parent[dept] = 0;
            kids.get(0).add(dept);
        }
        int[][] result = new int[organisations][];
        for (int i = 0; i < organisations; i++) {
            result[i] = kids.get(i).stream().mapToInt(Integer::intValue).toArray();
        }
        return result;
    }

    private void indicators(PeerGroup province, PeerGroup counties) {
        for (int i = 0; i < indicatorCount; i++) {
            int slot = i % 50;
            IndicatorKind k = slot < 30 ? IndicatorKind.FLOW : slot < 40 ? IndicatorKind.STOCK : IndicatorKind.RATIO;
            Unit unit = switch (k) {
                case FLOW -> slot % 10 < 3 ? Unit.TEN_THOUSAND_USD : slot % 10 < 6 ? Unit.TEN_THOUSAND_YUAN
                        : slot % 10 < 8 ? Unit.HUNDRED_MILLION_YUAN : slot % 10 == 8 ? Unit.PROJECT_ITEM : Unit.FIRM;
                case STOCK -> slot % 3 == 0 ? Unit.TEN_THOUSAND_YUAN : slot % 3 == 1 ? Unit.HOUSEHOLD : Unit.PERSON;
                case RATIO -> Unit.PERCENT;
            };
            Indicator indicator = planFile.indicator("I" + (i + 1), "指标" + (i + 1) + kindWord(k), unit, k);
            indicator.getAliases().add("第" + (i + 1) + "项指标");
            kind[i] = k;
            cumulativeBasis[i] = k == IndicatorKind.FLOW && i % 2 == 0;
            lowerBetter[i] = k == IndicatorKind.RATIO && slot >= 48;
            if (lowerBetter[i]) {
                indicator.setDirection(Direction.LOWER_BETTER);
            }
            provinceRanked[i] = i % 2 == 0;
            indicator.setPeerGroup(provinceRanked[i] ? province : counties);
            unitFactor[i] = unit == Unit.TEN_THOUSAND_USD || unit == Unit.TEN_THOUSAND_YUAN ? 10_000 : 1;
            indicators[i] = indicator;
        }
    }

    private static String kindWord(IndicatorKind k) {
        return switch (k) {
            case FLOW -> "总额";
            case STOCK -> "余额";
            case RATIO -> "比率";
        };
    }

    private boolean isTown(int o) {
        return parent[o] > 0;
    }

    /** Actuals (and the baselines' arrays), with the gaps of the class comment. */
    private void actuals() {
        Arrays.fill(value, MISSING);
        Arrays.fill(previousYear, MISSING);
        int lastJanuary = asOfIndex - (asOf.month() - 1);
        for (int i = 0; i < indicatorCount; i++) {
            Basis basis = kind[i] == IndicatorKind.FLOW && !cumulativeBasis[i] ? Basis.MONTHLY
                    : kind[i] == IndicatorKind.FLOW ? Basis.CUMULATIVE : Basis.MONTHLY;
            for (int o = 0; o < organisations; o++) {
                boolean cityRolledUp = o == 0 && kind[i] == IndicatorKind.FLOW && i % 3 == 0 && i < 30;
                boolean zeroThisYear = isTown(o) && kind[i] == IndicatorKind.FLOW && random.nextInt(50) == 0;
                int stopsAt = isTown(o) && random.nextInt(50) == 0 ? asOfIndex - random.nextInt(3) : months;
                long base = kind[i] == IndicatorKind.RATIO ? 2_000 + random.nextInt(6_000)
                        : (o == 0 ? 200 : parent[o] == 0 ? 20 : 2) * (5_000L + random.nextInt(500_000));
                double growth = -0.05 + random.nextDouble() * 0.25;
                int s = series(i, o);
                long cumulative = 0;
                for (int m = 0; m < months; m++) {
                    Month month = FIRST.plusMonths(m);
                    int years = month.year() - FIRST.year();
                    long v;
                    if (kind[i] == IndicatorKind.RATIO) {
                        v = Math.max(0, Math.min(10_000, base + (long) ((random.nextDouble() - 0.5) * 600) + years * 50));
                    } else {
                        v = Math.round(base * Math.pow(1 + growth, years) * (0.7 + random.nextDouble() * 0.6));
                        if (kind[i] == IndicatorKind.STOCK) {
                            v = Math.round(base * 12 * Math.pow(1 + growth, years + m % 12 / 12.0));
                        }
                    }
                    if (zeroThisYear && m >= lastJanuary) {
                        v = 0;
                    }
                    cumulative = month.month() == 1 ? v : cumulative + v;
                    long reported = basis == Basis.CUMULATIVE ? cumulative : v;
                    if (m >= stopsAt || cityRolledUp) {
                        continue;
                    }
                    value[s + m] = reported;
                    BigDecimal amount = BigDecimal.valueOf(reported, 2);
                    var actual = actualsFiles.computeIfAbsent(month.year(), y -> new ModelBuilder("某市")).actual(indicators[i], orgs[o], month, basis, amount);
                    actualCount++;
                    if (basis == Basis.CUMULATIVE) {
                        long last = m >= 12 && value[s + m - 12] != MISSING ? value[s + m - 12]
                                : Math.round(reported / (1 + growth));
                        previousYear[s + m] = last;
                        actual.setPreviousYear(BigDecimal.valueOf(last, 2));
                    }
                }
            }
        }
    }

    /** A level (cents) near the year's expected figure: 确保 at 90–115 %, 力争 10 % above for about 70 %. */
    private void level(int i, int o) {
        long expected = Math.max(100, kind[i] == IndicatorKind.FLOW ? Math.round(lastYear(i, o) * 1.1) : latest(i, o));
        long g = Math.round(expected * (0.90 + random.nextDouble() * 0.25) / 100) * 100; // whole units
        guarantee[entry(i, o)] = Math.max(100, g);
        strive[entry(i, o)] = random.nextInt(10) < 7 ? Math.round(guarantee[entry(i, o)] * 1.1 / 100) * 100 : MISSING;
    }

    /** Last year's total of a flow; for an organisation without figures of its own, its units' totals. */
    private long lastYear(int i, int o) {
        int s = series(i, o);
        int lastJanuary = asOfIndex - 12 - (asOf.month() - 1);
        if (value[s + Math.max(0, lastJanuary)] == MISSING && children[o].length > 0) {
            long sum = 0;
            for (int c : children[o]) {
                sum += lastYear(i, c);
            }
            return sum;
        }
        long sum = 0;
        for (int m = Math.max(0, lastJanuary); m < Math.min(months, lastJanuary + 12); m++) {
            long v = monthlyOf(i, s, m);
            sum += v == MISSING ? 0 : v;
        }
        return sum;
    }

    /** The latest figure of a stock or ratio before the data month. */
    private long latest(int i, int o) {
        int s = series(i, o);
        for (int m = asOfIndex - 1; m >= 0; m--) {
            if (value[s + m] != MISSING) {
                return value[s + m];
            }
        }
        return 100;
    }

    private long monthlyOf(int i, int s, int m) {
        long v = value[s + m];
        if (v == MISSING || !cumulativeBasis[i] || FIRST.plusMonths(m).month() == 1 || m == 0) {
            return v;
        }
        long before = value[s + m - 1];
        return before == MISSING ? MISSING : v - before;
    }

    private void targets() {
        for (int i = 0; i < indicatorCount; i++) {
            for (int o = 0; o < organisations; o++) {
                level(i, o);
            }
            if (i % 2 == 0) {
                for (int o = 0; o < organisations; o++) {
                    planFile.target(indicators[i], orgs[o], PERIOD, text(guarantee[entry(i, o)]), text(strive[entry(i, o)]));
                    targetCount++;
                }
            } else {
                planFile.target(indicators[i], orgs[0], PERIOD, text(guarantee[entry(i, 0)]), text(strive[entry(i, 0)]));
                targetCount++;
                decompose(i, 0);
                for (int c : cityUnits) {
                    if (children[c].length > 0) {
                        decompose(i, c);
                    }
                }
            }
        }
    }

    private void decompose(int i, int parentOrg) {
        Decomposition d = planFile.decomposition(indicators[i], orgs[parentOrg], PERIOD);
        int[] record = new int[2 + children[parentOrg].length];
        record[0] = i;
        record[1] = parentOrg;
        int k = 2;
        for (int o : children[parentOrg]) {
            planFile.share(d, orgs[o], text(guarantee[entry(i, o)]), text(strive[entry(i, o)]));
            shareCount++;
            record[k++] = o;
        }
        decompositions.add(record);
    }

    private static String text(long cents) {
        return cents == MISSING ? null : BigDecimal.valueOf(cents, 2).stripTrailingZeros().toPlainString();
    }

    private void ranks(PeerGroup province, PeerGroup counties) {
        List<Integer> order = new ArrayList<>();
        for (int c : countyIndexes) {
            order.add(c);
        }
        for (int i = 0; i < indicatorCount; i++) {
            int cityRank = 1 + random.nextInt(21);
            int cityGrowthRank = 1 + random.nextInt(21);
            for (int m = 0; m < months; m++) {
                String month = FIRST.plusMonths(m).toString();
                if (provinceRanked[i]) {
                    cityRank = Math.max(1, Math.min(21, cityRank + random.nextInt(5) - 2));
                    ranksFile.rank(indicators[i], orgs[0], province, month, cityRank);
                    rankTotal[series(i, 0) + m] = cityRank;
                    rankCount++;
                    if (kind[i] == IndicatorKind.FLOW) {
                        cityGrowthRank = Math.max(1, Math.min(21, cityGrowthRank + random.nextInt(5) - 2));
                        RankObservation r = ranksFile.rank(indicators[i], orgs[0], province, month, cityGrowthRank);
                        r.setMeasure(RankMeasure.GROWTH);
                        rankGrowth[series(i, 0) + m] = cityGrowthRank;
                        rankCount++;
                    }
                } else {
                    Collections.shuffle(order, random);
                    for (int r = 0; r < order.size(); r++) {
                        int o = order.get(r);
                        ranksFile.rank(indicators[i], orgs[o], counties, month, r + 1);
                        rankTotal[series(i, o) + m] = r + 1;
                        rankCount++;
                    }
                }
            }
        }
    }

    private int anyUnit() {
        return 1 + random.nextInt(organisations - 1);
    }

    private static final ProjectStage[] STAGES = ProjectStage.VALUES.toArray(ProjectStage[]::new);

    private void projects() {
        LocalDate earliest = LocalDate.of(asOf.year() - 2, 1, 1);
        for (int p = 0; p < projectStage.length; p++) {
            int stage = random.nextInt(10) < 3 ? 0 : 1 + random.nextInt(4);
            int org = anyUnit();
            long contract = stage == 0 && random.nextBoolean() ? MISSING : 100_00L * (1 + random.nextInt(500));
            long paidIn = stage >= 2 && contract != MISSING ? Math.round(contract * random.nextDouble() * 0.9 / 100) * 100 : MISSING;
            int leader = random.nextInt(20) == 0 ? -1 : random.nextInt(LEADERS.length);
            Project project = projectsFile.project("P" + (p + 1), "项目" + (p + 1), orgs[org], STAGES[stage], text(contract),
                    text(paidIn), Unit.TEN_THOUSAND_USD);
            if (leader >= 0) {
                project.setLeader(LEADERS[leader]);
            }
            boolean undated = random.nextInt(50) == 0;
            long[] days = new long[stage + 1];
            LocalDate date = earliest.plusDays(random.nextInt(700));
            for (int s = 0; s <= stage; s++) {
                StageChange change = F.createStageChange();
                change.setStage(STAGES[s]);
                if (!undated) {
                    change.setDate(new Day(date));
                    days[s] = date.toEpochDay();
                } else {
                    days[s] = MISSING;
                }
                project.getStageChanges().add(change);
                date = date.plusDays(30 + random.nextInt(200));
            }
            projectStage[p] = stage;
            projectOrg[p] = org;
            projectLeader[p] = leader;
            projectContract[p] = contract;
            projectPaidIn[p] = paidIn;
            projectChangeDays[p] = days;
        }
    }

    private void measures() {
        LocalDate from = LocalDate.of(asOf.year() - 1, asOf.month(), 1);
        long asOfEpoch = asOfDay.date().toEpochDay();
        for (int m = 0; m < measureOwner.length; m++) {
            int owner = random.nextInt(organisations);
            boolean dated = random.nextInt(50) != 0;
            LocalDate due = from.plusDays(random.nextInt(730));
            MeasureStatus status;
            LocalDate completed = null;
            if (due.toEpochDay() < asOfEpoch) {
                int r = random.nextInt(10);
                status = r < 6 ? MeasureStatus.DONE : r < 9 ? MeasureStatus.IN_PROGRESS : MeasureStatus.OPEN;
            } else {
                int r = random.nextInt(10);
                status = r < 7 ? MeasureStatus.IN_PROGRESS : r < 9 ? MeasureStatus.DONE : MeasureStatus.CANCELLED;
            }
            if (status == MeasureStatus.DONE) {
                completed = due.plusDays(random.nextInt(120) - 60);
                if (completed.toEpochDay() > asOfEpoch + 20) {
                    completed = LocalDate.ofEpochDay(asOfEpoch - random.nextInt(30));
                }
            }
            Measure measure = measuresFile.measure("M" + (m + 1), "督办措施" + (m + 1), orgs[owner], dated ? due.toString() : null, status);
            int[] coOwners = new int[random.nextInt(3)];
            for (int c = 0; c < coOwners.length; c++) {
                coOwners[c] = random.nextInt(organisations);
                measure.getCoOwners().add(orgs[coOwners[c]]);
            }
            int leader = random.nextInt(20) == 0 ? -1 : random.nextInt(LEADERS.length);
            if (leader >= 0) {
                measure.setLeader(LEADERS[leader]);
            }
            if (completed != null) {
                measure.setCompleted(new Day(completed));
            }
            measureOwner[m] = owner;
            measureCoOwners[m] = coOwners;
            measureLeader[m] = leader;
            measureDue[m] = dated ? due.toEpochDay() : MISSING;
            measureCompleted[m] = completed == null ? MISSING : completed.toEpochDay();
            measureStatus[m] = status;
        }
    }

    /** The mayor's speech with 300 figures and a county head's with 100, each figure on a line of its own. */
    private void speeches() {
        Meeting meeting = F.createMeeting();
        meeting.setName("meeting");
        meeting.setTitle("全市重点目标任务推进会");
        speechesFile.getElements().add(meeting);
        int total = 400;
        figureKind = new int[total];
        figureIndicator = new int[total];
        figureOrg = new int[total];
        figureValue = new long[total];
        figureDecimals = new int[total];
        figureFactor = new long[total];
        Speech mayor = speech(meeting, "mayor", "在全市重点目标任务推进会上的讲话");
        Speech county = speech(meeting, "county", "县长在全县重点工作推进会上的讲话");
        StringBuilder mayorText = new StringBuilder();
        StringBuilder countyText = new StringBuilder();
        for (int f = 0; f < total; f++) {
            boolean byMayor = f < 300;
            Speech speech = byMayor ? mayor : county;
            StringBuilder text = byMayor ? mayorText : countyText;
            int line = (byMayor ? f : f - 300) + 1;
            figure(speech, f, line, text);
        }
        for (int p = 0; p < 10; p++) {
            ImportProblem problem = F.createImportProblem();
            problem.setLine(1000 + p);
            problem.setOffset(mayorText.length());
            problem.setCode(ImportCodes.PLACEHOLDER);
            problem.setSeverity(IssueSeverity.WARNING);
            problem.setMessage("placeholder 20xx instead of a number");
            mayor.getProblems().add(problem);
            mayorText.append("今年20xx年目标任务要全面完成\n");
        }
        mayor.setText(mayorText.toString());
        mayor.setOriginalText(mayorText.toString());
        county.setText(countyText.toString());
        county.setOriginalText(countyText.toString());
        figureCount = total;
    }

    private Speech speech(Meeting meeting, String name, String title) {
        Speech speech = F.createSpeech();
        speech.setName(name);
        speech.setTitle(title);
        meeting.getSpeeches().add(speech);
        speeches.add(speech);
        return speech;
    }

    private void figure(Speech speech, int f, int line, StringBuilder text) {
        int r = random.nextInt(100);
        int k = r < 20 ? FIG_GUARANTEE : r < 35 ? FIG_STRIVE : r < 60 ? FIG_ACTUAL : r < 75 ? FIG_GROWTH : r < 85 ? FIG_RANK
                : r < 90 ? FIG_SHARE : r < 95 ? FIG_UNKNOWN : FIG_BLANKED;
        int i = random.nextInt(indicatorCount);
        if (k == FIG_GROWTH && kind[i] == IndicatorKind.RATIO) {
            i = random.nextInt(30);
        }
        int o = 0;
        if (k == FIG_RANK) {
            o = provinceRanked[i] ? 0 : countyIndexes[random.nextInt(countyIndexes.length)];
        } else if (random.nextInt(3) == 0) {
            o = cityUnits[random.nextInt(cityUnits.length)];
        }
        boolean inHundredMillions = unitFactor[i] > 1 && random.nextInt(5) == 0 && (k == FIG_GUARANTEE || k == FIG_STRIVE
                || k == FIG_ACTUAL);
        Unit indicatorUnit = indicators[i].getUnit();
        Unit unit = k == FIG_GROWTH || k == FIG_SHARE ? Unit.PERCENT : k == FIG_RANK ? Unit.RANK_POSITION
                : inHundredMillions ? (indicatorUnit == Unit.TEN_THOUSAND_USD ? Unit.HUNDRED_MILLION_USD : Unit.HUNDRED_MILLION_YUAN)
                : indicatorUnit;
        long factor = inHundredMillions ? 10_000 : 1;
        int decimals = inHundredMillions ? 2 : k == FIG_GROWTH ? 1 : 0;
        long modelValue = switch (k) {
            case FIG_GUARANTEE -> guarantee[entry(i, o)];
            case FIG_STRIVE -> strive[entry(i, o)] == MISSING ? guarantee[entry(i, o)] : strive[entry(i, o)];
            case FIG_ACTUAL -> Baselines.toDateRolled(this, i, o, asOfIndex);
            case FIG_GROWTH -> {
                double g = Baselines.growth(Baselines.toDateRolled(this, i, o, asOfIndex), Baselines.previousRolled(this, i, o, asOfIndex));
                yield Double.isNaN(g) ? 1000 : Math.round(g * 100);
            }
            case FIG_RANK -> 100L * Math.max(1, rankTotal[series(i, o) + asOfIndex]);
            default -> 1234;
        };
        if (k == FIG_STRIVE && strive[entry(i, o)] == MISSING) {
            modelValue = guarantee[entry(i, o)] * 11 / 10;
        }
        if (modelValue == MISSING) {
            modelValue = 100_00;
        }
        // the figure as the speech writes it: rounded to its decimals, about one in five off
        BigDecimal shown = BigDecimal.valueOf(modelValue, 2).divide(BigDecimal.valueOf(factor)).setScale(decimals, RoundingMode.HALF_UP);
        if (random.nextInt(5) == 0) {
            shown = shown.add(BigDecimal.ONE);
        }
        FigureCitation figure = F.createFigureCitation();
        figure.setLine(line);
        figure.setOffset(text.length());
        String indicatorName = k == FIG_UNKNOWN ? "未建模指标" + f : random.nextBoolean() ? indicators[i].getTitle()
                : indicators[i].getAliases().get(0);
        figure.setIndicatorName(indicatorName);
        if (o != 0) {
            figure.setOrganisationName(orgs[o].getTitle());
        }
        figure.setUnit(unit);
        figure.setUnitText(unit.getLiteral());
        figure.setValue(k == FIG_BLANKED ? null : shown);
        switch (k) {
            case FIG_GUARANTEE -> {
                figure.setQualifier(Qualifier.GUARANTEE);
                figure.setRole(FigureRole.TARGET);
            }
            case FIG_STRIVE -> {
                figure.setQualifier(Qualifier.STRIVE);
                figure.setRole(FigureRole.TARGET);
            }
            case FIG_ACTUAL, FIG_UNKNOWN -> figure.setRole(FigureRole.ACTUAL);
            case FIG_GROWTH -> figure.setRole(FigureRole.GROWTH);
            case FIG_RANK -> figure.setRole(FigureRole.RANK);
            case FIG_SHARE -> figure.setRole(FigureRole.SHARE);
            default -> {
                figure.setQualifier(Qualifier.GUARANTEE);
                figure.setRole(FigureRole.TARGET);
            }
        }
        String quote = indicatorName + (k == FIG_BLANKED ? "确保省定" : shown.toPlainString()) + unit.getLiteral();
        figure.setQuote(quote);
        figure.setLength(quote.length());
        speech.getFigures().add(figure);
        if (k == FIG_BLANKED) {
            ImportProblem problem = F.createImportProblem();
            problem.setLine(line);
            problem.setOffset(text.length());
            problem.setCode(ImportCodes.MISSING_NUMBER);
            problem.setSeverity(IssueSeverity.WARNING);
            problem.setMessage("number missing before " + unit.getLiteral());
            speech.getProblems().add(problem);
        }
        text.append(quote).append('\n');
        figureKind[f] = k;
        figureIndicator[f] = i;
        figureOrg[f] = o;
        figureValue[f] = k == FIG_BLANKED ? MISSING : shown.movePointRight(2).longValue();
        figureDecimals[f] = decimals;
        figureFactor[f] = factor;
    }
}
