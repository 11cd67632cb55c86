/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.reports.export.internal;

import podium.reports.api.ReportData;

/**
 * Which reports are documents to be issued rather than reports to be read: those with running text
 * (the bulletin). The text and Word exports print a document's text only; its parameters and what it
 * left out are for the person exporting it (the workbench and {@code podium report} show them).
 */
public final class Documents {

    private Documents() {
    }

    /** Whether {@code data} is a document: it has headings or paragraphs. */
    public static boolean isDocument(ReportData data) {
        return data.hasText();
    }
}
