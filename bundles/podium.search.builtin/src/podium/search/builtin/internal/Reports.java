/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.search.builtin.internal;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import podium.reports.ReportDescriptor;
import podium.reports.ReportRegistry;
import podium.search.SearchContext;
import podium.search.SearchItem;
import podium.search.SearchProvider;
import podium.search.SearchTarget;

/**
 * Every registered report, built-in or contributed, so a plugin's report is found with no code of its
 * own; choosing one shows it in the 报表 tool window (the command is podium.reports.ui's).
 */
public final class Reports implements SearchProvider {

    /** podium.reports.ui's command that shows a report, and its parameter naming the report. */
    static final String SHOW_REPORT = "podium.reports.ui.commands.showReport"; //$NON-NLS-1$
    static final String REPORT_ID = "podium.reports.ui.reportId"; //$NON-NLS-1$

    private final ReportRegistry registry;

    public Reports() {
        this(ReportRegistry.getDefault());
    }

    Reports(ReportRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void collect(SearchContext context, Consumer<SearchItem> items) {
        for (ReportDescriptor report : registry.reports()) {
            String detail = report.category() == null ? report.id() : report.category() + " · " + report.id(); //$NON-NLS-1$
            items.accept(new SearchItem(report.label(), detail, List.of(report.id(), report.name(),
                    report.nameEn() == null ? "" : report.nameEn(), report.contributor().label()), //$NON-NLS-1$
                    new SearchTarget.Command(SHOW_REPORT, Map.of(REPORT_ID, report.id()))));
        }
    }
}
