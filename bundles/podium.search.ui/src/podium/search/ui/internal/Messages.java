/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.search.ui.internal;

import org.eclipse.osgi.util.NLS;

/** The popup's texts in messages.properties (English) and messages_zh_CN.properties. */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "podium.search.ui.internal.messages"; //$NON-NLS-1$

    public static String Popup_title;
    public static String Popup_all;
    public static String Popup_collecting;
    public static String Popup_nothingFound;
    public static String Popup_more;
    public static String Popup_keys;
    public static String Popup_problems;
    public static String Open_failed;
    public static String Open_title;
    public static String Open_notAvailable;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
