/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.reports.export.internal;

import org.eclipse.osgi.util.NLS;

/** The words the export formats add to a report, in messages.properties (English) and messages_zh_CN.properties. */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "podium.reports.export.internal.messages"; //$NON-NLS-1$

    public static String Column_rank;
    public static String Parameter_line;
    public static String Omissions_heading;
    public static String Omissions_item;
    public static String Png_noChart;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
