/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.importer.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import podium.core.Problem;
import podium.importer.ImportResult;

/**
 * The importer's problems word for word in English (the test JVM runs in English), as they read before
 * the messages moved to messages.properties: scripts and users' notes quote them.
 */
class EnglishMessagesTest {

    @Test
    void emptyFile() {
        assertThat(formatted(Imports.text(""))).isEqualTo("fixture.txt:1:1: warning empty the file contains no text");
    }

    @Test
    void sumMismatches() {
        assertThat(formatted(Imports.text("同志们：\n全县引进项目38个，其中工业项目25个、服务业项目20个。"))).isEqualTo(
                "fixture.txt:2:7: warning sum-mismatch the parts after 其中 add up to more than the total (45 vs 38 in 个)");
        assertThat(formatted(Imports.text("同志们：\n工业投资12亿元、服务业投资8000万元，合计15亿元。"))).isEqualTo(
                "fixture.txt:2:24: warning sum-mismatch the parts do not add up to the total stated with them"
                        + " (1280000000 vs 1500000000 in 元)");
        assertThat(formatted(Imports.text("同志们：\n全市实际利用外资5000万美元，分别为县一2000万美元、县二2000万美元。")))
                .isEqualTo("fixture.txt:2:9: warning sum-mismatch the parts after 分别为 do not add up to the total"
                        + " (40000000 vs 50000000 in 美元)");
    }

    @Test
    void blanksAndPlaceholders() {
        assertThat(formatted(Imports.text("同志们：\n实际利用外资确保省定万美元。"))).isEqualTo("fixture.txt:2:11: warning"
                + " missing-number the number before \"万美元\" is missing; the website blanked it");
        assertThat(formatted(Imports.text("同志们：\n出口同比增长；进口下降。"))).isEqualTo("fixture.txt:2:7: warning"
                + " missing-number the rate after \"同比增长\" is missing; the website blanked it");
        assertThat(formatted(Imports.text("同志们：\n20xx年的目标。"))).isEqualTo("fixture.txt:2:1: warning"
                + " placeholder placeholder \"20xx\" stands where the text needs a real value");
    }

    @Test
    void unrecoverableMojibake() {
        assertThat(formatted(Imports.text("要加強?gòu)管理。"))).isEqualTo("fixture.txt:1:4: warning mojibake"
                + " mojibake \"?gòu)\" could not be fully recovered; 1 character is shown as □");
    }

    @Test
    void undecodableBytes() {
        ImportResult result = Imports.IMPORTER.importBytes("b.txt", new byte[] {0x41, 0x0A, (byte) 0xE4,
            (byte) 0xB8, (byte) 0xAD, (byte) 0xE4, (byte) 0xB8});
        assertThat(formatted(result)).isEqualTo("b.txt:2:5: error encoding the bytes B8 are not valid text: tried"
                + " UTF-8, GBK/GB18030 and UTF-16 (best guess GB18030); convert the file to UTF-8 and import it again");
    }

    @Test
    void unreadableFile(@TempDir Path dir) {
        Path missing = dir.resolve("missing.txt");
        assertThat(formatted(Imports.IMPORTER.importFile(missing)))
                .isEqualTo(missing + ":0:0: error unreadable cannot read the file: " + missing);
    }

    private static String formatted(ImportResult result) {
        assertThat(result.problems()).hasSize(1);
        return result.problems().stream().map(Problem::format).findFirst().orElseThrow();
    }
}
