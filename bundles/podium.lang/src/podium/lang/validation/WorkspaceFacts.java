/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.lang.validation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.xtext.util.IResourceScopeCache;

import com.google.inject.Inject;
import com.google.inject.Singleton;

import podium.model.Actual;
import podium.model.Plan;
import podium.model.PlanElement;
import podium.model.PlanningFile;
import podium.model.RankObservation;
import podium.model.Target;
import podium.model.time.Period;

/**
 * Indexes of a workspace's elements (targets by key, actuals by series, names by kind) that
 * cross-element rules look up instead of scanning; cached per file until the file changes.
 */
@Singleton
public class WorkspaceFacts {

    private static final Comparator<Actual> BY_MONTH = Comparator.comparing(Actual::getMonth,
            Comparator.nullsFirst(Comparator.naturalOrder()));
    private static final Comparator<Resource> BY_URI = Comparator.comparing(r -> r.getURI().toString());

    /** Identifies a target: indicator, organisation and period. */
    public record TargetKey(EObject indicator, EObject organisation, Period period) {
    }

    /** Identifies a series of actuals: indicator, organisation and basis; the month varies. */
    public record SeriesKey(EObject indicator, EObject organisation, Object basis) {
    }

    /** The indexes of one file; series are kept in month order. */
    static final class FileFacts {
        final List<Plan> plans = new ArrayList<>();
        final Map<String, List<PlanElement>> byName = new HashMap<>();
        final Map<TargetKey, List<Target>> targets = new HashMap<>();
        final Map<SeriesKey, List<Actual>> series = new HashMap<>();
        final Map<SeriesKey, List<RankObservation>> ranks = new HashMap<>();
    }

    /**
     * The indexes of every file of a workspace at one moment, in file-name order. Rules take one per
     * validation run: finding and ordering the files once, not once per element, is what keeps
     * validation linear in the size of the workspace.
     */
    public static final class View {
        private final List<FileFacts> files;

        View(List<FileFacts> files) {
            this.files = files;
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

        /** Elements of the same kind with this name anywhere in the workspace. */
        public List<PlanElement> named(EClass kind, String qualifiedName) {
            return collect(f -> f.byName, kind.getName() + ':' + qualifiedName);
        }

        /**
         * The values of a key over all files: the one file's own (unmodifiable) list when only one file
         * has the key, which is the usual case, else a new list.
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
            return merged != null ? merged : single != null ? java.util.Collections.unmodifiableList(single) : List.of();
        }
    }

    @Inject
    private IResourceScopeCache cache;

    /** The indexes of the workspace of {@code context} as it is now. */
    public View of(EObject context) {
        Resource resource = context.eResource();
        if (resource == null) {
            return new View(List.of());
        }
        return new View(filesInOrder(resource).stream().map(this::factsOf).filter(Objects::nonNull).toList());
    }

    /** The workspace's plan: the first one by file name, or null. */
    public Plan plan(EObject context) {
        return of(context).plan();
    }

    /** Every plan of the workspace in file order. */
    public List<Plan> plans(EObject context) {
        return of(context).plans();
    }

    /** The period a target applies to: its own or the plan's. */
    public Period periodOf(Target target) {
        return of(target).periodOf(target);
    }

    /** Targets with this key anywhere in the workspace. */
    public List<Target> targets(EObject context, TargetKey key) {
        return of(context).targets(key);
    }

    /** Actuals of one series anywhere in the workspace, by month. */
    public List<Actual> series(EObject context, SeriesKey key) {
        return of(context).series(key);
    }

    /** Rank observations of one indicator, organisation and group (basis holds the group). */
    public List<RankObservation> ranks(EObject context, SeriesKey key) {
        return of(context).ranks(key);
    }

    /** Elements of the same kind with this name anywhere in the workspace. */
    public List<PlanElement> named(EObject context, EClass kind, String qualifiedName) {
        return of(context).named(kind, qualifiedName);
    }

    /** The key of an actual's series. */
    public static SeriesKey seriesOf(Actual actual) {
        return new SeriesKey(actual.getIndicator(), actual.getOrganisation(), actual.getBasis());
    }

    /** The key of a rank's series. */
    public static SeriesKey seriesOf(RankObservation rank) {
        return new SeriesKey(rank.getIndicator(), rank.getOrganisation(), rank.getGroup());
    }

    private FileFacts factsOf(Resource resource) {
        if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof PlanningFile)) {
            return null;
        }
        return cache.get(WorkspaceFacts.class, resource, () -> build((PlanningFile) resource.getContents().get(0)));
    }

    private FileFacts build(PlanningFile file) {
        FileFacts facts = new FileFacts();
        Period planPeriod = planPeriod(file);
        file.eAllContents().forEachRemaining(o -> add(facts, file, o, planPeriod));
        facts.series.values().forEach(series -> series.sort(BY_MONTH));
        return facts;
    }

    private void add(FileFacts facts, PlanningFile file, EObject o, Period planPeriod) {
        if (o instanceof PlanElement element && element.getName() != null && !element.getName().isEmpty()) {
            String qn = file.getName() == null || file.getName().isEmpty() ? element.getName()
                    : file.getName() + '.' + element.getName();
            facts.byName.computeIfAbsent(o.eClass().getName() + ':' + qn, k -> new ArrayList<>()).add(element);
        }
        if (o instanceof Plan plan) {
            facts.plans.add(plan);
        } else if (o instanceof Target target) {
            facts.targets.computeIfAbsent(new TargetKey(target.getIndicator(), target.getOrganisation(),
                    target.getPeriod() != null ? target.getPeriod() : planPeriod), k -> new ArrayList<>()).add(target);
        } else if (o instanceof Actual actual) {
            facts.series.computeIfAbsent(seriesOf(actual), k -> new ArrayList<>()).add(actual);
        } else if (o instanceof RankObservation rank) {
            facts.ranks.computeIfAbsent(seriesOf(rank), k -> new ArrayList<>()).add(rank);
        }
    }

    private Period planPeriod(PlanningFile file) {
        // Targets without a period belong to the workspace plan; plan(...) would recurse into
        // this cache, so the plan is looked up in a cache of each file's own plans.
        for (Resource r : filesInOrder(file.eResource())) {
            for (Plan plan : plansOf(r)) {
                if (plan.getPeriod() != null) {
                    return plan.getPeriod();
                }
            }
        }
        return null;
    }

    /** The files of the workspace of {@code resource}, in file-name order: the order rules speak of. */
    private static List<Resource> filesInOrder(Resource resource) {
        ResourceSet set = resource.getResourceSet();
        List<Resource> resources = new ArrayList<>(set == null ? List.of(resource) : set.getResources());
        resources.removeIf(r -> r.getURI() == null);
        resources.sort(BY_URI);
        return resources;
    }

    private List<Plan> plansOf(Resource resource) {
        return cache.get(Plan.class, resource, () -> resource.getContents().stream()
                .filter(PlanningFile.class::isInstance)
                .flatMap(f -> ((PlanningFile) f).getElements().stream()).filter(Plan.class::isInstance)
                .map(Plan.class::cast).toList());
    }
}
