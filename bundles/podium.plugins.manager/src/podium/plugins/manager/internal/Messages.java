/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.plugins.manager.internal;

import org.eclipse.osgi.util.NLS;

/** Plugin manager messages in messages.properties (English) and messages_zh_CN.properties. */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "podium.plugins.manager.internal.messages"; //$NON-NLS-1$

    public static String PluginJar_noSymbolicName;
    public static String PluginJar_unreadable;
    public static String PluginJar_notAJar;
    public static String PluginJar_badVersion;
    public static String PluginManager_installed;
    public static String PluginManager_installedFromRepository;
    public static String PluginManager_enabled;
    public static String PluginManager_alreadyEnabled;
    public static String PluginManager_disabled;
    public static String PluginManager_alreadyDisabled;
    public static String PluginManager_uninstalled;
    public static String PluginManager_noSuchFile;
    public static String PluginManager_partOfPodium;
    public static String PluginManager_unknown;
    public static String PluginManager_readOnly;
    public static String PluginManager_newerInstalled;
    public static String PluginManager_nothingChangedUseForce;
    public static String PluginManager_cannotRead;
    public static String PluginManager_cannotWrite;
    public static String PluginManager_notARepository;
    public static String PluginManager_emptyRepository;
    public static String PluginManager_skipped;
    public static String PluginManager_skippedPodium;
    public static String PluginManager_restartPoints;
    public static String PluginManager_restartViews;
    public static String PluginManager_restartFragment;
    public static String PluginManager_restartRefresh;
    public static String PluginManager_notLoaded;
    public static String PluginManager_unresolved;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
