/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.reports;

import java.net.URL;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import podium.plugins.registry.Contributions;
import podium.plugins.registry.Contributor;
import podium.reports.api.ReportParameters;
import podium.reports.api.ReportProducer;

/**
 * A report contributed through {@code podium.reports.reports}: what the user picks in the 报表 tool
 * window and names in {@code podium report ID}. Its classes are created on first use.
 *
 * @since 1.0
 */
public final class ReportDescriptor {

    /** Attribute of the producer class. */
    public static final String PRODUCER = "producer"; //$NON-NLS-1$
    /** Attribute of the optional SWT presentation class. */
    public static final String PRESENTATION = "presentation"; //$NON-NLS-1$

    /**
     * Creates the contribution's classes (in OSGi through the extension registry).
     *
     * @since 1.0
     */
    @FunctionalInterface
    public interface Factory {
        /** A new instance of the class named by {@code attribute}. */
        Object create(String attribute) throws Exception;
    }

    private final String id;
    private final String name;
    private final String nameEn;
    private final String category;
    private final String categoryEn;
    private final URL icon;
    private final Set<ReportParameters.Kind> parameters;
    private final List<ReportOption> options;
    private final Contributor contributor;
    private final boolean hasPresentation;
    private final Factory factory;
    private ReportProducer producer;

    /** A descriptor; the registry makes them from extensions, tests and benchmarks directly. */
    public ReportDescriptor(String id, String name, String nameEn, String category, String categoryEn, URL icon,
            Set<ReportParameters.Kind> parameters, List<ReportOption> options, Contributor contributor,
            boolean hasPresentation, Factory factory) {
        this.id = Objects.requireNonNull(id, "id");
        this.name = Objects.requireNonNull(name, "name");
        this.nameEn = nameEn;
        this.category = category;
        this.categoryEn = categoryEn;
        this.icon = icon;
        this.parameters = Set.copyOf(parameters);
        this.options = List.copyOf(options);
        this.contributor = Objects.requireNonNull(contributor, "contributor");
        this.hasPresentation = hasPresentation;
        this.factory = Objects.requireNonNull(factory, "factory");
    }

    public String id() {
        return id;
    }

    /** The Chinese name, e.g. 目标进度. */
    public String name() {
        return name;
    }

    /** The English name, e.g. Progress against targets; may be null. */
    public String nameEn() {
        return nameEn;
    }

    /** The name in the user's language. */
    public String label() {
        return Contributions.localized(name, nameEn);
    }

    /** The category in the user's language; may be null. */
    public String category() {
        return Contributions.localized(category, categoryEn);
    }

    /** The icon (16×16 PNG) from the contributing bundle, if any. */
    public Optional<URL> icon() {
        return Optional.ofNullable(icon);
    }

    /** The standard parameters the report accepts. */
    public Set<ReportParameters.Kind> parameters() {
        return parameters;
    }

    public boolean accepts(ReportParameters.Kind kind) {
        return parameters.contains(kind);
    }

    public List<ReportOption> options() {
        return options;
    }

    public Contributor contributor() {
        return contributor;
    }

    /** Whether the report brings its own SWT presentation (else the generic one shows its data). */
    public boolean hasPresentation() {
        return hasPresentation;
    }

    /** The producer, created once. */
    public synchronized ReportProducer producer() throws ContributionException {
        if (producer == null) {
            producer = create(PRODUCER, ReportProducer.class);
        }
        return producer;
    }

    /** A new instance of the report's presentation (the UI asks for its own type). */
    public <T> T createPresentation(Class<T> type) throws ContributionException {
        return create(PRESENTATION, type);
    }

    private <T> T create(String attribute, Class<T> type) throws ContributionException {
        return Executables.create(factory, attribute, type, label(), contributor);
    }

    @Override
    public String toString() {
        return id + " (" + contributor.id() + ")";
    }
}
