/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.ui.internal.settings;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.preference.PreferenceConverter;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.internal.themes.ThemeElementHelper;
import org.eclipse.ui.internal.util.PrefUtil;
import org.eclipse.ui.themes.ITheme;

/**
 * The text editors' font (JFace's text font, which the plan editor and the platform's editors use), kept
 * where the platform's Colors and Fonts page keeps it: the workbench's theme preferences, which the
 * current theme watches and puts into its font registry, so open editors change at once.
 */
public final class EditorFont {
    private EditorFont() {
    }

    /** The font now in use. */
    public static FontData current() {
        return JFaceResources.getTextFont().getFontData()[0];
    }

    /** Uses and remembers a font. */
    public static void set(FontData font) {
        PreferenceConverter.setValue(store(), key(), new FontData[] {font});
        PrefUtil.savePrefs();
    }

    /** Back to the default: the platform's text font with the preferred Chinese font. */
    public static void reset(Display display) {
        store().setToDefault(key());
        PrefUtil.savePrefs();
        applyDefaultCjk(display);
    }

    /** The platform's default text font with the best installed Chinese font added. */
    public static FontData defaultFont(Display display) {
        FontData font = PreferenceConverter.getDefaultFontDataArray(store(), key())[0];
        FontFamilies families = FontFamilies.parse(font.getName());
        if (families.cjk().isPresent()) {
            return font;
        }
        Optional<String> cjk = FontFamilies.preferredCjk(installedFamilies(display));
        return new FontData(new FontFamilies(families.latin(), cjk).name(), font.getHeight(), font.getStyle());
    }

    /**
     * While the user has chosen no font, adds the best installed Chinese font to the default one, for the
     * Simplified Chinese glyph shapes (fontconfig's own fallback may pick a Japanese font). Not remembered:
     * it is a default, recomputed at each start.
     */
    public static void applyDefaultCjk(Display display) {
        if (store().isDefault(key()) && !defaultFont(display).getName().equals(current().getName())) {
            theme().getFontRegistry().put(JFaceResources.TEXT_FONT, new FontData[] {defaultFont(display)});
        }
    }

    /** The scalable font families installed, by name. */
    public static Set<String> installedFamilies(Display display) {
        Set<String> names = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        Arrays.stream(display.getFontList(null, true)).map(FontData::getName).forEach(names::add);
        return names;
    }

    private static ITheme theme() {
        return PlatformUI.getWorkbench().getThemeManager().getCurrentTheme();
    }

    private static IPreferenceStore store() {
        return PrefUtil.getInternalPreferenceStore();
    }

    private static String key() {
        return ThemeElementHelper.createPreferenceKey(theme(), JFaceResources.TEXT_FONT);
    }
}
