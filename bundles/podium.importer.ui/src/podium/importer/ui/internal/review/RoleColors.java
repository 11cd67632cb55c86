/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.importer.ui.internal.review;

import java.util.EnumMap;
import java.util.Map;

import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;

import podium.importer.FigureRole;

/** Background colours that mark figures in the cleaned text by role; pale so the text stays readable. */
final class RoleColors {

    private static final Map<FigureRole, RGB> RGBS = new EnumMap<>(Map.of(
            FigureRole.TARGET, new RGB(0xcf, 0xe2, 0xff),
            FigureRole.ACTUAL, new RGB(0xd4, 0xf0, 0xd4),
            FigureRole.GROWTH, new RGB(0xff, 0xe4, 0xc4),
            FigureRole.SHARE, new RGB(0xe8, 0xd8, 0xf5),
            FigureRole.RANK, new RGB(0xff, 0xf3, 0xb0)));
    /** Marks spans whose number is missing and repaired spans of the original. */
    static final RGB MISSING = new RGB(0xff, 0xc8, 0xc8);
    static final RGB REPAIRED = new RGB(0xe6, 0xe6, 0xe6);

    private RoleColors() {
    }

    static Color of(FigureRole role) {
        return new Color(RGBS.get(role));
    }
}
