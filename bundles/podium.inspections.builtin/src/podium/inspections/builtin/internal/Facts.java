/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.inspections.builtin.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;

import podium.inspections.InspectionContext;
import podium.model.Actual;
import podium.model.Plan;
import podium.model.PlanElement;
import podium.model.PlanningFile;
import podium.model.RankObservation;
import podium.model.Target;
import podium.model.time.Period;

/**
 * Indexes of a workspace's elements (targets by key, actuals by series, names by kind) that
 * cross-element inspections look up instead of scanning: one index per file, kept while the file does
 * not change where the host can tell (the editor) and while what it links to and the plan's period stay,
 * combined once per run.
 */
public final class Facts {

    private static final Comparator<Actual> BY_MONTH = Comparator.comparing(Actual::getMonth,
            Comparator.nullsFirst(Comparator.naturalOrder()));

    /** Identifies a target: indicator, organisation and period. */
    public record TargetKey(EObject indicator, EObject organisation, Period period) {
    }

    /** Identifies a series of actuals: indicator, organisation and basis; the month varies. */
    public record SeriesKey(EObject indicator, EObject organisation, Object basis) {
    }

    /**
     * The indexes of one file; series are kept in month order. They hold the file's own elements and, in their
     * keys, what the file links to in other files and the workspace plan's period: they no longer fit when that
     * period changed or another file was read again (its elements are then proxies, replaced by new ones), even
     * though the file itself did not change.
     */
    private static final class FileFacts {
        final Period planPeriod;
        final List<Plan> plans = new ArrayList<>();
        final Map<String, List<PlanElement>> byName = new HashMap<>();
        final Map<TargetKey, List<Target>> targets = new HashMap<>();
        final Map<SeriesKey, List<Actual>> series = new HashMap<>();
        final Map<SeriesKey, List<RankObservation>> ranks = new HashMap<>();
        final Set<EObject> linked = new HashSet<>();

        FileFacts(Period planPeriod) {
            this.planPeriod = planPeriod;
        }

        boolean fits(Period period) {
            return Objects.equals(planPeriod, period) && linked.stream().noneMatch(EObject::eIsProxy);
        }

        void link(Object target) {
            if (target instanceof EObject object && !object.eIsProxy()) {
                linked.add(object);
            }
        }
    }

    /** A file's facts as kept from run to run; replaced when they no longer fit. */
    private static final class Kept {
        FileFacts facts;
    }

    private final List<FileFacts> files;

    private Facts(List<FileFacts> files) {
        this.files = files;
    }

    /** The facts of the run's model, computed once per run from each file's (cached) facts. */
    public static Facts of(InspectionContext context) {
        return context.shared(Facts.class, () -> build(context));
    }

    private static Facts build(InspectionContext context) {
        Period planPeriod = planPeriod(context.files());
        List<FileFacts> files = new ArrayList<>();
        for (Resource resource : context.files()) {
            if (!resource.getContents().isEmpty() && resource.getContents().get(0) instanceof PlanningFile file) {
                Kept kept = context.perResource(resource, Kept.class, Kept::new);
                if (kept.facts == null || !kept.facts.fits(planPeriod)) {
                    kept.facts = index(file, planPeriod);
                }
                files.add(kept.facts);
            }
        }
        return new Facts(files);
    }

    /** The workspace's plan: the first one by file name, or null. */
    public Plan plan() {
        for (FileFacts file : files) {
            if (!file.plans.isEmpty()) {
                return file.plans.get(0);
            }
        }
        return null;
    }

    /** Every plan of the workspace in file order. */
    public List<Plan> plans() {
        return files.stream().flatMap(f -> f.plans.stream()).toList();
    }

    /** The period a target applies to: its own or the plan's. */
    public Period periodOf(Target target) {
        if (target.getPeriod() != null) {
            return target.getPeriod();
        }
        Plan plan = plan();
        return plan == null ? null : plan.getPeriod();
    }

    /** Targets with this key anywhere in the workspace. */
    public List<Target> targets(TargetKey key) {
        return collect(f -> f.targets, key);
    }

    /** Actuals of one series anywhere in the workspace, by month. */
    public List<Actual> series(SeriesKey key) {
        List<Actual> result = collect(f -> f.series, key);
        if (result instanceof ArrayList<Actual> merged) {
            merged.sort(BY_MONTH);
        }
        return result;
    }

    /** Rank observations of one indicator, organisation and group (basis holds the group). */
    public List<RankObservation> ranks(SeriesKey key) {
        return collect(f -> f.ranks, key);
    }

    /** Elements of the same kind with this qualified name anywhere in the workspace. */
    public List<PlanElement> named(EClass kind, String qualifiedName) {
        return collect(f -> f.byName, kind.getName() + ':' + qualifiedName);
    }

    /** The key of an actual's series. */
    public static SeriesKey seriesOf(Actual actual) {
        return new SeriesKey(actual.getIndicator(), actual.getOrganisation(), actual.getBasis());
    }

    /** The key of a rank's series. */
    public static SeriesKey seriesOf(RankObservation rank) {
        return new SeriesKey(rank.getIndicator(), rank.getOrganisation(), rank.getGroup());
    }

    /** An element's name as other files refer to it: its file's namespace, a dot, its name. */
    public static String qualifiedName(PlanElement element) {
        PlanningFile file = fileOf(element);
        String namespace = file == null ? null : file.getName();
        return namespace == null || namespace.isEmpty() ? element.getName() : namespace + '.' + element.getName();
    }

    /**
     * The values of a key over all files: the one file's own (unmodifiable) list when only one file has
     * the key, which is the usual case, else a new list.
     */
    private <K, V> List<V> collect(Function<FileFacts, Map<K, List<V>>> index, K key) {
        List<V> single = null;
        List<V> merged = null;
        for (FileFacts file : files) {
            List<V> values = index.apply(file).get(key);
            if (values == null) {
                continue;
            }
            if (single == null) {
                single = values;
            } else {
                if (merged == null) {
                    merged = new ArrayList<>(single);
                }
                merged.addAll(values);
            }
        }
        return merged != null ? merged : single != null ? Collections.unmodifiableList(single) : List.of();
    }

    private static FileFacts index(PlanningFile file, Period planPeriod) {
        FileFacts facts = new FileFacts(planPeriod);
        file.eAllContents().forEachRemaining(o -> add(facts, o, planPeriod));
        facts.series.values().forEach(series -> series.sort(BY_MONTH));
        return facts;
    }

    private static void add(FileFacts facts, EObject o, Period planPeriod) {
        if (o instanceof PlanElement element && element.getName() != null && !element.getName().isEmpty()) {
            facts.byName.computeIfAbsent(o.eClass().getName() + ':' + qualifiedName(element), k -> new ArrayList<>())
                    .add(element);
        }
        if (o instanceof Plan plan) {
            facts.plans.add(plan);
        } else if (o instanceof Target target) {
            TargetKey key = new TargetKey(target.getIndicator(), target.getOrganisation(),
                    target.getPeriod() != null ? target.getPeriod() : planPeriod);
            facts.targets.computeIfAbsent(key, k -> new ArrayList<>()).add(target);
            facts.link(key.indicator());
            facts.link(key.organisation());
        } else if (o instanceof Actual actual) {
            SeriesKey key = seriesOf(actual);
            facts.series.computeIfAbsent(key, k -> new ArrayList<>()).add(actual);
            link(facts, key);
        } else if (o instanceof RankObservation rank) {
            SeriesKey key = seriesOf(rank);
            facts.ranks.computeIfAbsent(key, k -> new ArrayList<>()).add(rank);
            link(facts, key);
        }
    }

    private static void link(FileFacts facts, SeriesKey key) {
        facts.link(key.indicator());
        facts.link(key.organisation());
        facts.link(key.basis());
    }

    /** Targets without a period belong to the period of the workspace's first plan that has one. */
    private static Period planPeriod(List<Resource> resources) {
        for (Resource resource : resources) {
            for (EObject root : resource.getContents()) {
                if (root instanceof PlanningFile file) {
                    for (EObject element : file.getElements()) {
                        if (element instanceof Plan plan && plan.getPeriod() != null) {
                            return plan.getPeriod();
                        }
                    }
                }
            }
        }
        return null;
    }

    private static PlanningFile fileOf(EObject element) {
        for (EObject o = element; o != null; o = o.eContainer()) {
            if (o instanceof PlanningFile file) {
                return file;
            }
        }
        return null;
    }
}
