/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.reports.api;

/**
 * The headless half of a report: from the model and the parameters to report data. Contributed
 * through the {@code podium.reports.reports} extension point ({@code producer} attribute).
 * <p>
 * A producer never formats numbers and never touches the user interface. It runs on a worker thread
 * with a time limit; a producer that may run long should check {@link Thread#interrupted()}. What it
 * cannot use (elements with errors, units without data) it leaves out and lists in
 * {@link ReportData#omissions()}.
 *
 * @since 1.0
 */
@FunctionalInterface
public interface ReportProducer {

    /**
     * Produces the report.
     *
     * @throws ReportException when the report cannot be produced at all for this input (no plan, an
     *                         unknown speech); its message is shown to the user
     */
    ReportData produce(ReportInput input, ReportParameters parameters) throws ReportException;
}
