/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.ui.internal.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** A font name as a Pango family list: Latin family first, Chinese second. */
class FontFamiliesTest {

    @Test
    void aNameWithTwoFamiliesIsReadAsLatinAndChinese() {
        FontFamilies families = FontFamilies.parse("DejaVu Sans Mono, WenQuanYi Zen Hei");
        assertThat(families.latin()).isEqualTo("DejaVu Sans Mono");
        assertThat(families.cjk()).contains("WenQuanYi Zen Hei");
        assertThat(families.name()).isEqualTo("DejaVu Sans Mono,WenQuanYi Zen Hei");
    }

    @Test
    void aSingleFamilyHasNoChineseFont() {
        FontFamilies families = FontFamilies.parse("Monospace");
        assertThat(families.cjk()).isEmpty();
        assertThat(families.name()).isEqualTo("Monospace");
    }

    @Test
    void theSameFamilyTwiceOrABlankOneIsNoSecondFamily() {
        assertThat(new FontFamilies("Noto Sans Mono", Optional.of("noto sans mono")).name()).isEqualTo("Noto Sans Mono");
        assertThat(new FontFamilies("Noto Sans Mono", Optional.of("  ")).name()).isEqualTo("Noto Sans Mono");
    }

    @Test
    void simplifiedChineseMonospacedFontsArePreferred() {
        assertThat(FontFamilies.preferredCjk(List.of("WenQuanYi Zen Hei", "Noto Sans CJK SC", "DejaVu Sans")))
                .contains("Noto Sans CJK SC");
        assertThat(FontFamilies.preferredCjk(List.of("WenQuanYi Zen Hei", "WenQuanYi Zen Hei Mono")))
                .contains("WenQuanYi Zen Hei Mono");
        assertThat(FontFamilies.preferredCjk(List.of("DejaVu Sans", "Liberation Mono"))).isEmpty();
    }
}
