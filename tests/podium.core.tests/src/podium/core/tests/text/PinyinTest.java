/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.core.tests.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import podium.core.text.Pinyin;

/** Pinyin from the table where it has the character, from ICU beyond it, and the table as ICU reads. */
class PinyinTest {

    /** The range of podium/core/text/pinyin.txt: CJK Unified Ideographs Extension A and the basic block. */
    private static final int TABLE_FIRST = 0x3400, TABLE_LAST = 0x9FFF;

    @Test
    void charactersOfNamesReadAsSpoken() {
        assertThat("宛城区南阳桐柏".codePoints().mapToObj(Pinyin::of).toList())
                .containsExactly("wan", "cheng", "qu", "nan", "yang", "tong", "bai");
    }

    @Test
    void whatIsNotAHanCharacterHasNoPinyin() {
        assertThat("a7，。ー〜䷀".codePoints().mapToObj(Pinyin::of).toList()).containsOnlyNulls(); // ䷀: a Yijing hexagram inside the table's range
    }

    @Test
    void charactersBeyondTheTableAreReadByIcu() {
        assertThat(Pinyin.of(0x3007)).isEqualTo("ling"); // 〇, before the table
        assertThat(Pinyin.of(0x2F08)).isEqualTo("ren"); // ⼈, the Kangxi radical for 人
        assertThat(Pinyin.fromIcu(0x20BB7)).isEmpty(); // 𠮷 of Extension B: ICU has no reading for it
        assertThat(Pinyin.of(0x20BB7)).isNull();
    }

    /**
     * The table is ICU's reading, one line per code point; when ICU (a new version in the target
     * platform) reads differently, the table ICU would write now is left in target/ to replace it.
     */
    @Test
    void theTableIsWhatIcuReads() throws IOException {
        List<String> differing = new ArrayList<>();
        StringBuilder table = new StringBuilder();
        for (int c = TABLE_FIRST; c <= TABLE_LAST; c++) {
            String icu = Pinyin.fromIcu(c);
            String read = Pinyin.of(c);
            if (!icu.equals(read == null ? "" : read)) {
                differing.add(Character.toString(c) + " U+" + Integer.toHexString(c) + ": " + read + " / ICU " + icu);
            }
            table.append(icu).append('\n');
        }
        if (!differing.isEmpty()) {
            Path written = Files.writeString(Path.of("target", "pinyin.txt").toAbsolutePath(), table, StandardCharsets.US_ASCII);
            assertThat(differing).as("replace bundles/podium.core/src/podium/core/text/pinyin.txt with " + written).isEmpty();
        }
    }
}
