/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.core.text;

import java.text.MessageFormat;
import java.util.Locale;

/**
 * Messages that count something, filled in with {@link MessageFormat}: its choice format lets English say
 * {@code 1 row} and {@code 2 rows} ({@code {0,choice,1#1 row|1<{0} rows}}), which OSGi's {@code NLS.bind}
 * cannot. A pattern read through it writes a single quote twice ({@code ''}), in every language.
 *
 * @since 0.1
 */
public final class Counts {

    private Counts() {
    }

    /**
     * The pattern with its arguments; a number is written as podium.cli's messages write it (Locale.ROOT:
     * {@code 12,345}), whatever the language, so that the same count reads the same everywhere.
     */
    public static String format(String pattern, Object... arguments) {
        return new MessageFormat(pattern, Locale.ROOT).format(arguments);
    }
}
