/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.reports;

import java.util.Objects;

import podium.plugins.registry.Contributions;
import podium.plugins.registry.Contributor;
import podium.reports.api.ReportExporter;

/**
 * An export format contributed through {@code podium.reports.exporters}: what the export button
 * offers and {@code podium report --format ID} names. Its writer is created on first use.
 *
 * @since 1.0
 */
public final class ExporterDescriptor {

    /** Attribute of the writer class. */
    public static final String CLASS = "class"; //$NON-NLS-1$

    private final String format;
    private final String extension;
    private final String name;
    private final String nameEn;
    private final boolean text;
    private final Contributor contributor;
    private final ReportDescriptor.Factory factory;
    private ReportExporter exporter;

    /**
     * @param format    the format id, e.g. {@code xlsx}
     * @param extension the file extension without dot
     * @param text      whether the output is text that may go to a terminal (csv, txt, html, md)
     */
    public ExporterDescriptor(String format, String extension, String name, String nameEn, boolean text,
            Contributor contributor, ReportDescriptor.Factory factory) {
        this.format = Objects.requireNonNull(format, "format");
        this.extension = Objects.requireNonNull(extension, "extension");
        this.name = Objects.requireNonNull(name, "name");
        this.nameEn = nameEn;
        this.text = text;
        this.contributor = Objects.requireNonNull(contributor, "contributor");
        this.factory = Objects.requireNonNull(factory, "factory");
    }

    public String format() {
        return format;
    }

    public String extension() {
        return extension;
    }

    public String name() {
        return name;
    }

    public String nameEn() {
        return nameEn;
    }

    /** The name in the user's language, e.g. Excel 工作簿. */
    public String label() {
        return Contributions.localized(name, nameEn);
    }

    /** Whether the output is text a terminal can show (then {@code podium report} writes it to stdout). */
    public boolean isText() {
        return text;
    }

    public Contributor contributor() {
        return contributor;
    }

    /** The writer, created once. */
    public synchronized ReportExporter exporter() throws ContributionException {
        if (exporter == null) {
            exporter = Executables.create(factory, CLASS, ReportExporter.class, label(), contributor);
        }
        return exporter;
    }

    @Override
    public String toString() {
        return format + " (" + contributor.id() + ")";
    }
}
