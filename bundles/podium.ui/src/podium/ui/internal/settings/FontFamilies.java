/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.ui.internal.settings;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * An editor font as a Pango family list, "Latin family,CJK family": Pango takes each character from
 * the first family that has it, so Latin letters and digits come from the first and Chinese from the
 * second (SWT passes a FontData's name to Pango unchanged). No second family: fontconfig's fallback.
 */
public record FontFamilies(String latin, Optional<String> cjk) {

    /**
     * Chinese fonts to prefer when the user chose none, best first: Simplified Chinese glyph shapes
     * (SC / CN), monospaced before proportional.
     */
    public static final List<String> PREFERRED_CJK = List.of("Noto Sans Mono CJK SC", "Noto Sans CJK SC", //$NON-NLS-1$ //$NON-NLS-2$
            "Source Han Sans SC", "Source Han Sans CN", "WenQuanYi Zen Hei Mono", "WenQuanYi Micro Hei Mono", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            "WenQuanYi Zen Hei", "WenQuanYi Micro Hei", "Droid Sans Fallback", "AR PL UMing CN", "AR PL UKai CN"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$

    public FontFamilies {
        String first = latin.strip();
        latin = first;
        cjk = cjk.map(String::strip).filter(s -> !s.isEmpty() && !s.equalsIgnoreCase(first));
    }

    /** Reads a FontData name as written by {@link #name()} (or any single family). */
    public static FontFamilies parse(String name) {
        int comma = name.indexOf(',');
        if (comma < 0) {
            return new FontFamilies(name, Optional.empty());
        }
        return new FontFamilies(name.substring(0, comma), Optional.of(name.substring(comma + 1)));
    }

    /** The FontData name: the family list Pango reads. */
    public String name() {
        return cjk.map(c -> latin + ',' + c).orElse(latin);
    }

    /** The best Chinese font among the installed families, if any is. */
    public static Optional<String> preferredCjk(Collection<String> installed) {
        return PREFERRED_CJK.stream().filter(installed::contains).findFirst();
    }
}
