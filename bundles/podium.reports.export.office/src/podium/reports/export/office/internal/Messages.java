/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.reports.export.office.internal;

import org.eclipse.osgi.util.NLS;

/** The words the XLSX and DOCX exports add to a report, in messages.properties (English) and messages_zh_CN.properties. */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "podium.reports.export.office.internal.messages"; //$NON-NLS-1$

    public static String Parameter_separator;
    public static String Sheet_omissions;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
