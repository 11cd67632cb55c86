/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.reports.export.pdf.internal;

import org.eclipse.osgi.util.NLS;

/** The PDF export's messages, in messages.properties (English) and messages_zh_CN.properties. */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "podium.reports.export.pdf.internal.messages"; //$NON-NLS-1$

    public static String Font_none;
    public static String Font_missing;
    public static String Font_unusable;
    public static String Font_notTrueType;
    public static String Font_noChinese;
    public static String Font_fromOption;
    public static String Font_fromEnvironment;
    public static String Font_howTo;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
