/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.ui.internal.settings;

import org.eclipse.osgi.util.NLS;

/** The Settings dialog's own strings; {@code messages*.properties} are UTF-8. */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "podium.ui.internal.settings.messages"; //$NON-NLS-1$

    public static String Settings_title;
    public static String AppearancePage_description;
    public static String AppearancePage_theme;
    public static String AppearancePage_light;
    public static String AppearancePage_dark;
    public static String AppearancePage_classic;
    public static String AppearancePage_highContrast;
    public static String AppearancePage_note;
    public static String LanguagePage_description;
    public static String LanguagePage_system;
    public static String LanguagePage_current;
    public static String LanguagePage_restart;
    public static String LanguagePage_restartTitle;
    public static String LanguagePage_restartNow;
    public static String LanguagePage_restartLater;
    public static String LanguagePage_writeFailed;
    public static String EditorPage_description;
    public static String EditorPage_font;
    public static String EditorPage_size;
    public static String EditorPage_cjkFont;
    public static String EditorPage_cjkNone;
    public static String EditorPage_preview;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
