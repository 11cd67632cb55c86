/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.lang.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import podium.lang.tools.SourceText;
import podium.inspections.builtin.IssueCodes;

/** Bytes that are not UTF-8 text become located problems, never exceptions. */
class SourceTextTest {

    @Test
    void gbkBytesAreReportedAtTheirPosition() {
        byte[] bytes = "plan p \"ab\"\norg 市\n".getBytes(StandardCharsets.UTF_8);
        byte[] gbk = new byte[bytes.length + 2];
        System.arraycopy(bytes, 0, gbk, 0, bytes.length);
        gbk[bytes.length] = (byte) 0xC4;
        gbk[bytes.length + 1] = (byte) 0xE3;
        SourceText text = SourceText.decode("f.podium", gbk);
        assertThat(text.text()).isNull();
        assertThat(text.problem().code()).isEqualTo(IssueCodes.UNREADABLE);
        assertThat(text.problem().line()).isEqualTo(3);
        assertThat(text.problem().column()).isEqualTo(1);
    }

    @Test
    void binaryIsRecognised() {
        SourceText text = SourceText.decode("f.podium", new byte[] {'p', 'l', 0, 1, 2});
        assertThat(text.problem().code()).isEqualTo(IssueCodes.BINARY);
        assertThat(text.problem().column()).isEqualTo(3);
    }

    @Test
    void byteOrderMarkIsDropped() {
        SourceText text = SourceText.decode("f.podium", "\uFEFForg 市".getBytes(StandardCharsets.UTF_8));
        assertThat(text.problem()).isNull();
        assertThat(text.text()).isEqualTo("org 市");
    }
}
