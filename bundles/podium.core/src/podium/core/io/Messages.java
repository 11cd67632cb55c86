/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.core.io;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Locale;
import java.util.ResourceBundle;

import podium.core.text.Counts;

/**
 * Why a file could not be saved, in the language Podium runs in (messages.properties and
 * messages_zh_CN.properties). Read with {@link ResourceBundle} rather than OSGi's NLS: podium.core
 * also runs on a plain class path (the launcher's client).
 */
final class Messages {

    public static String ReadOnly_file;
    public static String ReadOnly_folder;
    public static String ReadOnly_isFolder;
    public static String ReadOnly_otherOwner;
    public static String Failure_diskFull;
    public static String Failure_readOnlyFileSystem;
    public static String Failure_permissionDenied;

    static {
        ResourceBundle bundle = ResourceBundle.getBundle("podium.core.io.messages", Locale.getDefault(), //$NON-NLS-1$
                Messages.class.getClassLoader());
        for (Field field : Messages.class.getDeclaredFields()) {
            if (Modifier.isPublic(field.getModifiers()) && field.getType() == String.class) {
                try {
                    field.set(null, bundle.getString(field.getName()));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e); // public static fields of this class
                }
            }
        }
    }

    private Messages() {
    }

    static String format(String pattern, Object... arguments) {
        return Counts.format(pattern, arguments);
    }
}
