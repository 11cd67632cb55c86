/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.importer.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import podium.core.Severity;
import podium.importer.ImportCodes;
import podium.importer.ImportResult;
import podium.importer.internal.encoding.DecodedText;
import podium.importer.internal.encoding.EncodingDetector;
import podium.importer.internal.encoding.UndecodableException;

class EncodingDetectionTest {

    private static final String TEXT = "同志们：\r\n今年实际利用外资确保3750万美元。\r\n";
    private static final String NORMALISED = "同志们：\n今年实际利用外资确保3750万美元。\n";

    @Test
    void readsUtf8WithoutAndWithByteOrderMark() throws Exception {
        byte[] plain = TEXT.getBytes(StandardCharsets.UTF_8);
        assertThat(EncodingDetector.decode(plain)).isEqualTo(new DecodedText(NORMALISED, "UTF-8"));
        byte[] bom = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, plain);
        assertThat(EncodingDetector.decode(bom)).isEqualTo(new DecodedText(NORMALISED, "UTF-8 BOM"));
    }

    @Test
    void readsGbkAndGb18030() throws Exception {
        assertThat(EncodingDetector.decode(TEXT.getBytes(Charset.forName("GBK"))))
                .isEqualTo(new DecodedText(NORMALISED, "GBK"));
        // U+20000 exists only in GB18030, as a four-byte sequence
        String rare = "县名\uD840\uDC00镇";
        assertThat(EncodingDetector.decode(rare.getBytes(Charset.forName("GB18030"))))
                .isEqualTo(new DecodedText(rare, "GB18030"));
    }

    @Test
    void readsUtf16WithByteOrderMarksAndWithoutOne() throws Exception {
        assertThat(EncodingDetector.decode(concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                TEXT.getBytes(StandardCharsets.UTF_16LE)))).isEqualTo(new DecodedText(NORMALISED, "UTF-16LE"));
        assertThat(EncodingDetector.decode(concat(new byte[] {(byte) 0xFE, (byte) 0xFF},
                TEXT.getBytes(StandardCharsets.UTF_16BE)))).isEqualTo(new DecodedText(NORMALISED, "UTF-16BE"));
        assertThat(EncodingDetector.decode(TEXT.getBytes(StandardCharsets.UTF_16LE)).encoding())
                .isEqualTo("UTF-16LE");
    }

    @Test
    void undecodableBytesAreAnErrorWithTheirPosition() {
        byte[] bytes = concat("第一行\n第二".getBytes(Charset.forName("GBK")), new byte[] {(byte) 0xFF, (byte) 0xFF});
        assertThatThrownBy(() -> EncodingDetector.decode(bytes)).isInstanceOfSatisfying(UndecodableException.class,
                e -> {
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.column()).isEqualTo(5);
                    assertThat(e.getMessage()).contains("FFFF");
                });
    }

    @Test
    void damagedUtf8IsNotSilentlyReadAsGb18030() {
        byte[] utf8 = "在全县利用外资工作会议上的讲话，实际利用外资完成任务。".getBytes(StandardCharsets.UTF_8);
        utf8[10] = (byte) 0xC0;
        assertThatThrownBy(() -> EncodingDetector.decode(utf8)).isInstanceOf(UndecodableException.class);
    }

    @Test
    void importOfUndecodableBytesReportsAnEncodingErrorAndNoSpeech() {
        ImportResult result = Imports.IMPORTER.importBytes("bad.txt", new byte[] {(byte) 0xFF, (byte) 0xFE, 0x00,
            (byte) 0xD8});
        assertThat(result.speeches()).isEmpty();
        assertThat(result.encoding()).isNull();
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(ImportCodes.ENCODING);
            assertThat(p.severity()).isEqualTo(Severity.ERROR);
            assertThat(p.path()).isEqualTo("bad.txt");
        });
    }

    @Test
    void gbkFileImportsLikeTheSameTextInUtf8() {
        String text = "同志們：\n實際利用外資確保3750萬美元。";
        ImportResult gbk = Imports.IMPORTER.importBytes("a.txt", text.getBytes(Charset.forName("GBK")));
        ImportResult utf8 = Imports.IMPORTER.importBytes("a.txt", text.getBytes(StandardCharsets.UTF_8));
        assertThat(gbk.encoding()).isEqualTo("GBK");
        assertThat(gbk.speeches().get(0).text()).isEqualTo(utf8.speeches().get(0).text())
                .isEqualTo("同志们：\n实际利用外资确保3750万美元。");
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = new byte[a.length + b.length];
        System.arraycopy(a, 0, both, 0, a.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
