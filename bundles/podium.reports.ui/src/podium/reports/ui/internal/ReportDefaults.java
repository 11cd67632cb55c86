/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.reports.ui.internal;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;

import podium.reports.ReportDescriptor;
import podium.reports.ReportOption;

/**
 * The user's defaults for reports, set in Settings ▸ Report defaults: the value of a report's option
 * (over the default its plugin declares), which the Reports window fills in, and the folder the export
 * dialog opens in. Kept in this bundle's instance preferences: one node per report under
 * {@code options}, and {@code exportFolder}.
 */
public final class ReportDefaults {

    static final String NODE = "podium.reports.ui"; //$NON-NLS-1$
    private static final String OPTIONS = "options", EXPORT_FOLDER = "exportFolder"; //$NON-NLS-1$ //$NON-NLS-2$

    private ReportDefaults() {
    }

    private static IEclipsePreferences preferences() {
        return InstanceScope.INSTANCE.getNode(NODE);
    }

    /** The user's value of {@code option} of {@code report}; null when the user set none. */
    public static String option(ReportDescriptor report, ReportOption option) {
        String value = preferences().node(OPTIONS).node(report.id()).get(option.id(), null);
        return value == null || value.isBlank() ? null : value;
    }

    /** Sets the user's value of an option; a blank one goes back to the plugin's default. */
    public static void setOption(ReportDescriptor report, ReportOption option, String value) {
        var node = preferences().node(OPTIONS).node(report.id());
        if (value == null || value.isBlank()) {
            node.remove(option.id());
        } else {
            node.put(option.id(), value.strip());
        }
    }

    /** Where the export dialog opens; empty: the folder of the workspace the report is about. */
    public static Optional<Path> exportFolder() {
        String folder = preferences().get(EXPORT_FOLDER, ""); //$NON-NLS-1$
        try {
            return folder.isBlank() ? Optional.empty() : Optional.of(Path.of(folder)).filter(Files::isDirectory);
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    /** The folder as the user wrote it, blank when none. */
    public static String exportFolderText() {
        return preferences().get(EXPORT_FOLDER, ""); //$NON-NLS-1$
    }

    public static void setExportFolder(String folder) {
        if (folder == null || folder.isBlank()) {
            preferences().remove(EXPORT_FOLDER);
        } else {
            preferences().put(EXPORT_FOLDER, folder.strip());
        }
    }

    /** Writes the defaults to disk, so that they survive a crash. */
    public static void save() {
        try {
            preferences().flush();
        } catch (BackingStoreException e) {
            // kept in memory for this session; the workbench writes preferences again when it closes
        }
    }
}
