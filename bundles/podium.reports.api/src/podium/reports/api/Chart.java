/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.reports.api;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

import podium.model.Unit;

/**
 * A chart: one value per category and series, in one unit, with optional reference lines.
 * The workbench and the PNG, HTML and PDF exports draw it the same way.
 *
 * @param id         stable id within the report
 * @param categories the labels along the category axis (units, months, stages)
 * @param series     one or more series, each with one value per category (null = no value)
 * @param unit       the unit of every value ({@link Unit#PERCENT} for completion rates)
 * @param markers    reference lines across the chart, e.g. 序时进度 66.67
 * @since 1.0
 */
public record Chart(String id, String title, Kind kind, List<String> categories, List<Series> series, Unit unit,
        List<Marker> markers) implements Block {

    /**
     * How values are drawn.
     *
     * @since 1.0
     */
    public enum Kind {
        /** Vertical bars, series side by side. */
        BAR,
        /** Lines over the categories (months). */
        LINE,
        /** Horizontal progress bars towards 100 %, one per category, with the markers as lines (a gauge per unit). */
        PROGRESS
    }

    /**
     * A named series of values, one per category.
     *
     * @since 1.0
     */
    public record Series(String name, List<BigDecimal> values) {
        public Series {
            Objects.requireNonNull(name, "name");
            values = Collections.unmodifiableList(new ArrayList<>(values));
        }
    }

    /**
     * A reference value drawn across the chart.
     *
     * @since 1.0
     */
    public record Marker(String label, BigDecimal value) {
        public Marker {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(value, "value");
        }
    }

    public Chart {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(unit, "unit");
        categories = List.copyOf(categories);
        series = List.copyOf(series);
        markers = List.copyOf(markers);
        for (Series s : series) {
            if (s.values().size() != categories.size()) {
                throw new IllegalArgumentException("chart " + id + ": series " + s.name() + " has " + s.values().size()
                        + " values for " + categories.size() + " categories");
            }
        }
    }
}
