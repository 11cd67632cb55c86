/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.search.builtin.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;

import podium.model.Indicator;
import podium.model.Measure;
import podium.model.Organisation;
import podium.model.Plan;
import podium.model.PlanElement;
import podium.model.Project;
import podium.model.Speech;
import podium.model.Target;
import podium.model.query.ModelIndex;
import podium.search.SearchContext;
import podium.search.SearchItem;
import podium.search.SearchProvider;
import podium.search.SearchTarget;

/**
 * The elements of one kind in the user's plans; the kind is the class attribute's data
 * ({@code ModelElements:targets}), so one class serves the seven categories. Labels are written as the
 * plan language writes the element (a target: {@code 实际利用外资 南阳市 2004}); the other names
 * (title, English name, aliases) find it too.
 */
public final class ModelElements implements SearchProvider, IExecutableExtension {

    private static final String SEPARATOR = " · "; //$NON-NLS-1$

    /** The kinds, named as in the class attribute's data. */
    enum Kind {
        PLANS, ORGANISATIONS, INDICATORS, TARGETS, PROJECTS, MEASURES, SPEECHES
    }

    private Kind kind;

    public ModelElements() {
    }

    ModelElements(Kind kind) {
        this.kind = kind;
    }

    @Override
    public void setInitializationData(IConfigurationElement config, String propertyName, Object data) {
        kind = Kind.valueOf(String.valueOf(data).strip().toUpperCase(java.util.Locale.ROOT));
    }

    @Override
    public void collect(SearchContext context, Consumer<SearchItem> items) {
        context.model().ifPresent(model -> elements(model).forEach(items));
    }

    private Stream<SearchItem> elements(ResourceSet model) {
        ModelIndex index = ModelIndex.of(model);
        return switch (kind) {
            case PLANS -> index.all(Plan.class).stream().map(ModelElements::plan);
            case ORGANISATIONS -> index.organisations().stream().map(ModelElements::organisation);
            case INDICATORS -> index.indicators().stream().map(ModelElements::indicator);
            case TARGETS -> index.targets().stream().map(ModelElements::target);
            case PROJECTS -> index.projects().stream().map(ModelElements::project);
            case MEASURES -> index.measures().stream().map(ModelElements::measure);
            case SPEECHES -> index.all(Speech.class).stream().map(ModelElements::speech);
        };
    }

    private static SearchItem plan(Plan plan) {
        return item(or(plan.getTitle(), plan.getName()), plan, List.of(plan.getName()), plan.getName());
    }

    private static SearchItem organisation(Organisation organisation) {
        List<String> keywords = new ArrayList<>(organisation.getAliases());
        keywords.add(organisation.getTitle());
        return item(organisation.getName(), organisation, keywords, different(organisation.getTitle(), organisation.getName()));
    }

    private static SearchItem indicator(Indicator indicator) {
        List<String> keywords = new ArrayList<>(indicator.getAliases());
        keywords.add(indicator.getTitle());
        keywords.add(indicator.getTitleEn());
        return item(indicator.getName(), indicator, keywords, different(indicator.getTitle(), indicator.getName()),
                indicator.getUnit() == null ? null : indicator.getUnit().getLiteral());
    }

    private static SearchItem target(Target target) {
        String label = Stream.of(name(target.getIndicator()), name(target.getOrganisation()),
                target.getPeriod() == null ? null : target.getPeriod().toString())
                .filter(Objects::nonNull).collect(Collectors.joining(" ")); //$NON-NLS-1$
        List<String> keywords = new ArrayList<>();
        if (target.getIndicator() != null) {
            keywords.add(target.getIndicator().getTitle());
            keywords.addAll(target.getIndicator().getAliases());
        }
        return item(label, target, keywords);
    }

    private static SearchItem project(Project project) {
        return item(or(project.getTitle(), project.getName()), project, List.of(project.getName()),
                name(project.getOrganisation()));
    }

    private static SearchItem measure(Measure measure) {
        return item(or(measure.getTitle(), measure.getName()), measure, List.of(measure.getName()),
                name(measure.getOwner()), measure.getDue() == null ? null : measure.getDue().toString());
    }

    private static SearchItem speech(Speech speech) {
        return item(or(speech.getTitle(), speech.getName()), speech, List.of(speech.getName()),
                speech.getSpeaker(), speech.getDate() == null ? null : speech.getDate().toString());
    }

    /** An item whose detail is the given facts, then the file it is written in. */
    private static SearchItem item(String label, EObject element, List<String> keywords, String... facts) {
        List<String> detail = new ArrayList<>();
        for (String fact : facts) {
            if (fact != null && !fact.isBlank()) {
                detail.add(fact);
            }
        }
        if (element.eResource() != null && element.eResource().getURI() != null) {
            detail.add(element.eResource().getURI().lastSegment());
        }
        return new SearchItem(label == null ? "" : label, String.join(SEPARATOR, detail), //$NON-NLS-1$
                keywords.stream().filter(k -> k != null && !k.equals(label)).distinct().toList(),
                new SearchTarget.Element(EcoreUtil.getURI(element)));
    }

    private static String name(PlanElement element) {
        return element == null ? null : element.getName();
    }

    private static String or(String preferred, String fallback) {
        return preferred == null || preferred.isBlank() ? fallback : preferred;
    }

    private static String different(String other, String name) {
        return other == null || other.equals(name) ? null : other;
    }
}
