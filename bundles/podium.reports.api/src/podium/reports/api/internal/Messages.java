/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.reports.api.internal;

import org.eclipse.osgi.util.NLS;

/** Status labels in messages.properties (English) and messages_zh_CN.properties. */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "podium.reports.api.internal.messages"; //$NON-NLS-1$

    public static String Status_ahead;
    public static String Status_onSchedule;
    public static String Status_behind;
    public static String Status_zeroProgress;
    public static String Status_noData;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
