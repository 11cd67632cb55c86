/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.ui.internal;

import org.eclipse.osgi.util.NLS;

/** The workbench's translatable strings; {@code messages*.properties} are UTF-8. */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "podium.ui.internal.messages"; //$NON-NLS-1$

    public static String PodiumActionBarAdvisor_menuFile;
    public static String PodiumActionBarAdvisor_menuEdit;
    public static String PodiumActionBarAdvisor_menuWindow;
    public static String PodiumActionBarAdvisor_menuHelp;
    public static String PodiumActionBarAdvisor_close;
    public static String PodiumActionBarAdvisor_save;
    public static String PodiumActionBarAdvisor_saveAll;
    public static String PodiumActionBarAdvisor_exit;
    public static String PodiumActionBarAdvisor_undo;
    public static String PodiumActionBarAdvisor_redo;
    public static String PodiumActionBarAdvisor_cut;
    public static String PodiumActionBarAdvisor_copy;
    public static String PodiumActionBarAdvisor_paste;
    public static String PodiumActionBarAdvisor_selectAll;
    public static String PodiumActionBarAdvisor_find;
    public static String AboutAction_label;
    public static String AboutAction_title;
    public static String AboutAction_version;
    public static String OpenFolderJob_name;
    public static String OpenFolderJob_opened;
    public static String OpenFolderJob_failed;
    public static String StartupOptions_missingDir;
    public static String StartupOptions_notADir;
    public static String OpenFileHandler_dialogTitle;
    public static String OpenFileHandler_failed;
    public static String ModelBrowserEditor_columnProperty;
    public static String ModelBrowserEditor_columnValue;
    public static String ModelBrowserEditor_problems;
    public static String ModelBrowserEditor_unsupportedInput;
    public static String ModelLoader_unreadable;
    public static String PodiumWizardDialog_back;
    public static String PodiumWizardDialog_next;
    public static String PodiumWizardDialog_finish;
    public static String PodiumWizardDialog_cancel;
    public static String UnsavedChanges_stillUnsaved;

    public static String Welcome_tab;
    public static String Welcome_title;
    public static String Welcome_intro;
    public static String Welcome_start;
    public static String Welcome_openExamples;
    public static String Welcome_openFolder;
    public static String Welcome_importSpeech;
    public static String Welcome_importActuals;
    public static String Welcome_templates;
    public static String Welcome_whereTemplate;
    public static String Welcome_templateFailed;
    public static String Welcome_recent;
    public static String Welcome_noRecent;
    public static String Welcome_tips;
    public static String Welcome_tipsText;
    public static String Template_fdi;
    public static String Template_fdi_description;
    public static String Template_exports;
    public static String Template_exports_description;
    public static String Template_investment;
    public static String Template_investment_description;
    public static String Template_petitions;
    public static String Template_petitions_description;
    public static String Template_education;
    public static String Template_education_description;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
