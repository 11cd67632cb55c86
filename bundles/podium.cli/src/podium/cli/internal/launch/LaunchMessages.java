/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.cli.internal.launch;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The launcher client's messages (messages.properties of this package) in a language given by name: the
 * client runs before Equinox, whose {@code -nl} is not the JVM's default locale there.
 */
final class LaunchMessages {

    private LaunchMessages() {
    }

    /** The pattern {@code key} in {@code language} ({@code zh_CN}, {@code en}), filled in with MessageFormat. */
    static String format(String language, String key, Object... arguments) {
        Locale locale = Locale.forLanguageTag(language.replace('_', '-'));
        String pattern = ResourceBundle.getBundle("podium.cli.internal.launch.messages", locale, //$NON-NLS-1$
                LaunchMessages.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
        return MessageFormat.format(pattern, arguments);
    }
}
