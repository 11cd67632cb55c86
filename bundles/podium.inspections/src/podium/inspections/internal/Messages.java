/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.inspections.internal;

import java.util.Locale;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.osgi.util.NLS;

import podium.inspections.Category;
import podium.inspections.InspectionMessages;

/** The platform's messages in messages.properties (English) and messages_zh_CN.properties. */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "podium.inspections.internal.messages"; //$NON-NLS-1$
    private static final InspectionMessages CATEGORIES = InspectionMessages.of(Messages.class, "categories"); //$NON-NLS-1$

    public static String Contribution_cannotCreate;
    public static String Contribution_wrongType;
    public static String Contribution_noClass;
    public static String Contribution_cannotLoad;
    public static String Definition_missing;
    public static String Definition_badCode;
    public static String Definition_reservedPrefix;
    public static String Definition_ignoredSeverity;
    public static String Definition_notAnInspection;
    public static String Definition_noElements;
    public static String Definition_noName;
    public static String Definition_noMessage;
    public static String Registry_skipped;
    public static String Registry_duplicate;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }

    /** A category's name in {@code locale}'s language. */
    public static String categoryLabel(Category category, Locale locale) {
        String label = CATEGORIES.text(locale, category.name());
        return label != null ? label : category.name().toLowerCase(Locale.ROOT);
    }


    /** Logs an error of the platform (the workbench's error log); outside OSGi there is no log. */
    public static void log(String message, Throwable cause) {
        try {
            ILog.of(Messages.class).log(new Status(IStatus.ERROR, "podium.inspections", message, cause)); //$NON-NLS-1$
        } catch (RuntimeException | LinkageError e) {
            // outside OSGi: the message reaches the user anyway
        }
    }
}
