/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.plugins.ui.internal;

import org.eclipse.osgi.util.NLS;

/** Settings > Plugins texts in messages.properties (English) and messages_zh_CN.properties. */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "podium.plugins.ui.internal.messages"; //$NON-NLS-1$

    public static String PluginsPreferencePage_description;
    public static String PluginsPreferencePage_name;
    public static String PluginsPreferencePage_version;
    public static String PluginsPreferencePage_vendor;
    public static String PluginsPreferencePage_state;
    public static String PluginsPreferencePage_install;
    public static String PluginsPreferencePage_installRepository;
    public static String PluginsPreferencePage_enable;
    public static String PluginsPreferencePage_disable;
    public static String PluginsPreferencePage_uninstall;
    public static String PluginsPreferencePage_chooseJar;
    public static String PluginsPreferencePage_chooseRepository;
    public static String PluginsPreferencePage_confirmUninstallTitle;
    public static String PluginsPreferencePage_confirmUninstall;
    public static String PluginsPreferencePage_downgradeTitle;
    public static String PluginsPreferencePage_downgrade;
    public static String PluginsPreferencePage_restartTitle;
    public static String PluginsPreferencePage_restart;
    public static String PluginsPreferencePage_working;
    public static String PluginsPreferencePage_notStarted;
    public static String PluginsPreferencePage_none;
    public static String PluginsPreferencePage_detailsId;
    public static String PluginsPreferencePage_detailsFile;
    public static String PluginsPreferencePage_detailsError;
    public static String PluginsPreferencePage_stateActive;
    public static String PluginsPreferencePage_stateResolved;
    public static String PluginsPreferencePage_stateDisabled;
    public static String PluginsPreferencePage_stateFailed;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
