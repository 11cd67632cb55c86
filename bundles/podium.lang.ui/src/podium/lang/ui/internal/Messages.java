/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.lang.ui.internal;

import org.eclipse.osgi.util.NLS;

/** The plan editor's texts, in messages.properties (English) and messages_zh_CN.properties. */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "podium.lang.ui.internal.messages"; //$NON-NLS-1$

    public static String MarkerUpdater_job;
    public static String PodiumEditor_contentAssist;
    public static String MarkerUpdater_location;
    public static String PodiumDocumentProvider_saveFailed;
    public static String SaveAs_title;
    public static String SaveAs_plans;
    public static String SaveAs_allFiles;
    public static String EditorCommandHandler_failedTitle;
    public static String EditorCommandHandler_renameTitle;
    public static String EditorCommandHandler_renamePrompt;
    public static String EditorCommandHandler_nothingToRename;
    public static String EditorCommandHandler_badName;
    public static String ReferencesDialog_title;
    public static String ReferencesDialog_none;
    public static String ReferencesDialog_count;
    public static String SeverityPreferencePage_description;
    public static String SeverityPreferencePage_filter;
    public static String SeverityPreferencePage_severity;
    public static String SeverityPreferencePage_from;
    public static String SeverityPreferencePage_columnInspection;
    public static String SeverityPreferencePage_columnSeverity;
    public static String SeverityPreferencePage_columnPlugin;
    public static String SeverityPreferencePage_error;
    public static String SeverityPreferencePage_warning;
    public static String SeverityPreferencePage_info;
    public static String SeverityPreferencePage_off;

    public static String ElementOpener_noFile;
    public static String ElementOpener_cannotOpen;
    public static String ElementOpener_noElement;

    public static String CaretStatus_position;
    public static String CaretStatus_utf8;
    public static String CaretStatus_utf8Bom;
    public static String PlanStatus_none;
    public static String PlanStatus_text;
    public static String PlanStatus_plan;
    public static String PlanStatus_noPlan;
    public static String PlanStatus_reading;
    public static String PlanStatus_tooltip;

    public static String TabNames_inFolder;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
