/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.search.internal;

import org.eclipse.osgi.util.NLS;

/** Search Everywhere's messages in messages.properties (English) and messages_zh_CN.properties. */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "podium.search.internal.messages"; //$NON-NLS-1$

    public static String Providers_incomplete;
    public static String Providers_duplicate;
    public static String Providers_badOrder;
    public static String Session_failed;
    public static String Session_timedOut;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
