/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.plugins.internal;

import org.eclipse.osgi.util.NLS;

/** Plugin loading messages in messages.properties (English) and messages_zh_CN.properties. */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "podium.plugins.internal.messages"; //$NON-NLS-1$

    public static String Dropins_cannotReadFolder;
    public static String Dropins_cannotInstall;
    public static String Dropins_cannotUninstall;
    public static String Dropins_notAPlugin;
    public static String Dropins_cannotStart;
    public static String Dropins_missing;
    public static String Dropins_missingBundle;
    public static String Dropins_missingPackage;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
