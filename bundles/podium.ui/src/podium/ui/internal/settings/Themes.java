/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.ui.internal.settings;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.eclipse.e4.ui.css.swt.theme.ITheme;
import org.eclipse.e4.ui.css.swt.theme.IThemeEngine;
import org.eclipse.ui.PlatformUI;

/** The CSS themes offered in Settings ▸ Appearance: the platform's (org.eclipse.ui.themes), light first. */
public final class Themes {
    public static final String LIGHT = "org.eclipse.e4.ui.css.theme.e4_default"; //$NON-NLS-1$
    public static final String DARK = "org.eclipse.e4.ui.css.theme.e4_dark"; //$NON-NLS-1$
    static final String CLASSIC = "org.eclipse.e4.ui.css.theme.e4_classic"; //$NON-NLS-1$
    static final String HIGH_CONTRAST = "org.eclipse.e4.ui.css.theme.high-contrast"; //$NON-NLS-1$

    /** Podium's names for the platform's themes (theirs are English only) in the order they are offered. */
    private static final List<String> ORDER = List.of(LIGHT, DARK, CLASSIC, HIGH_CONTRAST);

    private Themes() {
    }

    /** The workbench's theme engine, or null when theming is off ({@code -cssTheme none}). */
    public static IThemeEngine engine() {
        return PlatformUI.getWorkbench().getService(IThemeEngine.class);
    }

    /** The themes to offer: known ones in Podium's order, then any a plugin contributes, by label. */
    static List<ITheme> offered(IThemeEngine engine) {
        return engine.getThemes().stream().filter(t -> !t.getId().startsWith("org.eclipse.e4.ui.css.theme.e4_preview")) //$NON-NLS-1$
                .sorted(Comparator.comparingInt((ITheme t) -> rank(t.getId())).thenComparing(ITheme::getLabel)).toList();
    }

    private static int rank(String id) {
        int index = ORDER.indexOf(id);
        return index < 0 ? ORDER.size() : index;
    }

    /** A theme's name as Podium shows it. */
    static String label(ITheme theme) {
        Map<String, String> names = Map.of(LIGHT, Messages.AppearancePage_light, DARK, Messages.AppearancePage_dark,
                CLASSIC, Messages.AppearancePage_classic, HIGH_CONTRAST, Messages.AppearancePage_highContrast);
        return names.getOrDefault(theme.getId(), theme.getLabel());
    }
}
