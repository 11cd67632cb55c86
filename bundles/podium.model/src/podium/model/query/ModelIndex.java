/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.model.query;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.common.notify.Notifier;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;

import podium.model.Actual;
import podium.model.Decomposition;
import podium.model.Indicator;
import podium.model.Measure;
import podium.model.Organisation;
import podium.model.PeerGroup;
import podium.model.Plan;
import podium.model.PlanningFile;
import podium.model.Project;
import podium.model.RankObservation;
import podium.model.Target;
import podium.model.time.Period;

/**
 * A snapshot of the elements declared in a resource set (or resource, or element tree), by type,
 * with the lookups computations, rules and importers share.
 */
public final class ModelIndex {

    private final List<EObject> all = new ArrayList<>();
    private final Map<Class<?>, List<EObject>> byClass = new HashMap<>();
    private final Map<Class<?>, List<?>> byType = new HashMap<>();
    private Map<TargetKey, List<Target>> targetsByKey;

    /** Targets are looked up by indicator and organisation (identity, as EMF objects compare). */
    private record TargetKey(Object indicator, Object organisation) {
    }

    private ModelIndex() {
    }

    /** Indexes everything under {@code scope}: a ResourceSet, a Resource or an EObject. */
    public static ModelIndex of(Notifier scope) {
        ModelIndex index = new ModelIndex();
        if (scope instanceof ResourceSet set) {
            for (Resource resource : List.copyOf(set.getResources())) {
                index.addTree(resource.getAllContents());
            }
        } else if (scope instanceof Resource resource) {
            index.addTree(resource.getAllContents());
        } else if (scope instanceof EObject object) {
            index.all.add(object);
            index.addTree(object.eAllContents());
        }
        return index;
    }

    private void addTree(TreeIterator<EObject> contents) {
        contents.forEachRemaining(object -> {
            all.add(object);
            byClass.computeIfAbsent(object.getClass(), c -> new ArrayList<>()).add(object);
        });
    }

    /**
     * The elements of {@code type}, in containment order (computed once per type). The elements are
     * grouped by class while indexing: a type that one class implements is that group, in order;
     * only a type of several classes (PlanElement) needs a pass over everything.
     */
    @SuppressWarnings("unchecked")
    public <T> List<T> all(Class<T> type) {
        return (List<T>) byType.computeIfAbsent(type, t -> {
            List<Class<?>> classes = byClass.keySet().stream().filter(type::isAssignableFrom).toList();
            if (classes.size() <= 1) {
                return classes.isEmpty() ? List.of() : List.copyOf(byClass.get(classes.get(0)));
            }
            List<T> result = new ArrayList<>();
            for (EObject object : all) {
                if (type.isInstance(object)) {
                    result.add(type.cast(object));
                }
            }
            return List.copyOf(result);
        });
    }

    public List<PlanningFile> files() {
        return all(PlanningFile.class);
    }

    public List<Indicator> indicators() {
        return all(Indicator.class);
    }

    public List<Organisation> organisations() {
        return all(Organisation.class);
    }

    public List<PeerGroup> peerGroups() {
        return all(PeerGroup.class);
    }

    public List<Target> targets() {
        return all(Target.class);
    }

    public List<Decomposition> decompositions() {
        return all(Decomposition.class);
    }

    public List<Actual> actuals() {
        return all(Actual.class);
    }

    public List<RankObservation> ranks() {
        return all(RankObservation.class);
    }

    public List<Project> projects() {
        return all(Project.class);
    }

    public List<Measure> measures() {
        return all(Measure.class);
    }

    public Optional<Plan> plan() {
        return all(Plan.class).stream().findFirst();
    }

    /** The target for indicator x organisation x period (a target without period matches any). */
    public Optional<Target> target(Indicator indicator, Organisation organisation, Period period) {
        if (targetsByKey == null) {
            Map<TargetKey, List<Target>> byKey = new HashMap<>();
            for (Target t : targets()) {
                byKey.computeIfAbsent(new TargetKey(t.getIndicator(), t.getOrganisation()), k -> new ArrayList<>()).add(t);
            }
            targetsByKey = byKey;
        }
        return targetsByKey.getOrDefault(new TargetKey(indicator, organisation), List.of()).stream()
                .filter(t -> period == null || t.getPeriod() == null || t.getPeriod().equals(period))
                .findFirst();
    }

    /** The parent target a decomposition splits: its explicit target, else found by indicator, parent and period. */
    public Optional<Target> parentTarget(Decomposition decomposition) {
        if (decomposition.getTarget() != null) {
            return Optional.of(decomposition.getTarget());
        }
        return target(decomposition.getIndicator(), decomposition.getParent(), decomposition.getPeriod());
    }

    /** The indicator whose {@code name}, title or alias is {@code key}. */
    public Optional<Indicator> indicator(String key) {
        return find(indicators(), key, i -> names(i.getName(), i.getTitle(), i.getTitleEn(), i.getAliases()));
    }

    /** The organisation whose name, title or alias is {@code key}. */
    public Optional<Organisation> organisation(String key) {
        return find(organisations(), key, o -> names(o.getName(), o.getTitle(), null, o.getAliases()));
    }

    private static List<String> names(String name, String title, String titleEn, Collection<String> aliases) {
        List<String> names = new ArrayList<>();
        names.add(name);
        names.add(title);
        names.add(titleEn);
        names.addAll(aliases);
        return names;
    }

    private static <T> Optional<T> find(List<T> candidates, String key, java.util.function.Function<T, List<String>> names) {
        if (key == null || key.isBlank()) {
            return Optional.empty();
        }
        String wanted = key.strip();
        return candidates.stream().filter(c -> names.apply(c).stream()
                .anyMatch(n -> n != null && n.strip().equals(wanted))).findFirst();
    }
}
