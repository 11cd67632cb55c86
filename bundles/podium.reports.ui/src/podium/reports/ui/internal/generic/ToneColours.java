/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.reports.ui.internal.generic;

import org.eclipse.swt.graphics.RGB;

import podium.reports.api.Tone;

/**
 * The colours of a status cell, as bulletins colour them (超序时 green, 低于序时 amber, 零进度 red): a light
 * background with dark text of the same hue, readable on screen and in print.
 */
public final class ToneColours {

    private ToneColours() {
    }

    /** The background of a cell with {@code tone}; null for {@link Tone#NEUTRAL}. */
    public static RGB background(Tone tone) {
        return switch (tone) {
            case GOOD -> new RGB(0xc8, 0xe6, 0xc9);
            case WARNING -> new RGB(0xff, 0xe0, 0xa3);
            case BAD -> new RGB(0xff, 0xcd, 0xd2);
            case NEUTRAL -> null;
        };
    }

    /** The text colour of a cell with {@code tone}; null for {@link Tone#NEUTRAL}. */
    public static RGB foreground(Tone tone) {
        return switch (tone) {
            case GOOD -> new RGB(0x1b, 0x5e, 0x20);
            case WARNING -> new RGB(0x7a, 0x4a, 0x00);
            case BAD -> new RGB(0xb7, 0x1c, 0x1c);
            case NEUTRAL -> null;
        };
    }
}
