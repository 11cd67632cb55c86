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
import java.util.stream.Stream;

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

    /** Identifies a target: indicator, organisation and period. */
    public record TargetKey(EObject indicator, EObject organisation, Period period) {
    }

    /** Identifies a series of actuals: indicator, organisation and basis; the month varies. */
    public record SeriesKey(EObject indicator, EObject organisation, Object basis) {
    }

    /** The indexes of one file. */
    static final class FileFacts {
        final List<Plan> plans = new ArrayList<>();
        final Map<String, List<PlanElement>> byName = new HashMap<>();
        final Map<TargetKey, List<Target>> targets = new HashMap<>();
        final Map<SeriesKey, List<Actual>> series = new HashMap<>();
        final Map<SeriesKey, List<RankObservation>> ranks = new HashMap<>();
    }

    @Inject
    private IResourceScopeCache cache;

    /** The workspace's plan: the first one by file name, or null. */
    public Plan plan(EObject context) {
        return files(context).flatMap(f -> f.plans.stream()).findFirst().orElse(null);
    }

    /** Every plan of the workspace in file order. */
    public List<Plan> plans(EObject context) {
        return files(context).flatMap(f -> f.plans.stream()).toList();
    }

    /** The period a target applies to: its own or the plan's. */
    public Period periodOf(Target target) {
        if (target.getPeriod() != null) {
            return target.getPeriod();
        }
        Plan plan = plan(target);
        return plan == null ? null : plan.getPeriod();
    }

    /** Targets with this key anywhere in the workspace. */
    public List<Target> targets(EObject context, TargetKey key) {
        return files(context).flatMap(f -> f.targets.getOrDefault(key, List.of()).stream()).toList();
    }

    /** Actuals of one series anywhere in the workspace, by month. */
    public List<Actual> series(EObject context, SeriesKey key) {
        return files(context).flatMap(f -> f.series.getOrDefault(key, List.of()).stream())
                .sorted(Comparator.comparing(Actual::getMonth, Comparator.nullsFirst(Comparator.naturalOrder())))
                .toList();
    }

    /** Rank observations of one indicator, organisation and group (basis holds the group). */
    public List<RankObservation> ranks(EObject context, SeriesKey key) {
        return files(context).flatMap(f -> f.ranks.getOrDefault(key, List.of()).stream()).toList();
    }

    /** Elements of the same kind with this name anywhere in the workspace. */
    public List<PlanElement> named(EObject context, EClass kind, String qualifiedName) {
        return files(context).flatMap(f -> f.byName.getOrDefault(kind.getName() + ':' + qualifiedName, List.of()).stream())
                .toList();
    }

    /** The key of an actual's series. */
    public static SeriesKey seriesOf(Actual actual) {
        return new SeriesKey(actual.getIndicator(), actual.getOrganisation(), actual.getBasis());
    }

    /** The key of a rank's series. */
    public static SeriesKey seriesOf(RankObservation rank) {
        return new SeriesKey(rank.getIndicator(), rank.getOrganisation(), rank.getGroup());
    }

    private Stream<FileFacts> files(EObject context) {
        Resource resource = context.eResource();
        if (resource == null) {
            return Stream.empty();
        }
        ResourceSet set = resource.getResourceSet();
        List<Resource> resources = set == null ? List.of(resource) : List.copyOf(set.getResources());
        return resources.stream().filter(r -> r.getURI() != null)
                .sorted(Comparator.comparing(r -> r.getURI().toString()))
                .map(this::factsOf).filter(Objects::nonNull);
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

    private static Period planPeriod(PlanningFile file) {
        // Targets without a period belong to the workspace plan; plan(...) would recurse into
        // this cache, so the plan is looked up without it.
        Resource resource = file.eResource();
        ResourceSet set = resource.getResourceSet();
        List<Resource> resources = set == null ? List.of(resource) : set.getResources();
        return resources.stream().filter(r -> r.getURI() != null)
                .sorted(Comparator.comparing(r -> r.getURI().toString()))
                .flatMap(r -> r.getContents().stream()).filter(PlanningFile.class::isInstance)
                .flatMap(f -> ((PlanningFile) f).getElements().stream()).filter(Plan.class::isInstance)
                .map(p -> ((Plan) p).getPeriod()).filter(Objects::nonNull).findFirst().orElse(null);
    }
}
