/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.plugins.manager;

/** The stable codes of the plugin manager's errors, documented in docs/extending.md ("Installing a plugin"). */
public final class PluginCodes {
    /** The file or folder to install from does not exist. */
    public static final String NO_SUCH_FILE = "PDM-E001"; //$NON-NLS-1$
    /** The file is not an OSGi bundle jar (not a zip, no Bundle-SymbolicName, a bad version). */
    public static final String NOT_A_PLUGIN = "PDM-E002"; //$NON-NLS-1$
    /** A newer version of the plugin is installed; --force installs the older one. */
    public static final String NEWER_INSTALLED = "PDM-E003"; //$NON-NLS-1$
    /** The bundle is part of Podium itself, not a plugin. */
    public static final String PART_OF_PODIUM = "PDM-E004"; //$NON-NLS-1$
    /** No installed plugin has this id. */
    public static final String UNKNOWN_PLUGIN = "PDM-E005"; //$NON-NLS-1$
    /** The plugin lies in a folder the user cannot change (the installation's dropins). */
    public static final String READ_ONLY = "PDM-E006"; //$NON-NLS-1$
    /** The plugin folder or the manager's settings could not be read or written. */
    public static final String IO = "PDM-E007"; //$NON-NLS-1$
    /** A folder that is not a p2 repository with plugins, or whose plugins are all Podium's own. */
    public static final String NOTHING_TO_INSTALL = "PDM-E008"; //$NON-NLS-1$
    /** The plugin is installed but could not be loaded, resolved or started (see the plugin's error). */
    public static final String FAILED = "PDM-E009"; //$NON-NLS-1$

    private PluginCodes() {
    }
}
