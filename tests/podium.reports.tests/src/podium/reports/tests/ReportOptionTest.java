/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.reports.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.osgi.framework.FrameworkUtil;

import podium.reports.ReportOption;

/** The one rule for an option's value, which the CLI, the Reports window and Settings ▸ Report defaults share. */
class ReportOptionTest {

    private static final ReportOption COUNT = new ReportOption("top", "前几名", "Top", ReportOption.INTEGER, "5");
    private static final ReportOption WORDS = new ReportOption("title", "标题", "Title", ReportOption.TEXT, null);

    @ParameterizedTest
    @ValueSource(strings = { "0", "7", " 12 ", "2147483647", "１２", "+3" })
    void aCountIsAWholeNumberOfZeroOrMore(String value) {
        assertThat(COUNT.accepts(value)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = { "", " ", "-1", "1.5", "1e3", "2147483648", "三", "5个", "0x10" })
    void anythingElseIsNotACount(String value) {
        assertThat(COUNT.accepts(value)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "-1", "三", "任意文字" })
    void aTextOptionTakesAnyText(String value) {
        assertThat(WORDS.accepts(value)).isTrue();
    }

    @Test
    void theTypesAreThoseTheExtensionPointSchemaAllows() throws Exception {
        URL schema = FrameworkUtil.getBundle(ReportOption.class).getEntry("schema/reports.exsd");
        String text;
        try (InputStream in = schema.openStream()) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String type = text.substring(text.indexOf("<attribute name=\"type\""));
        type = type.substring(0, type.indexOf("</attribute>"));
        assertThat(Pattern.compile("<enumeration value=\"([^\"]+)\"/>").matcher(type).results().map(m -> m.group(1)))
                .containsExactlyInAnyOrder(ReportOption.INTEGER, ReportOption.TEXT);
        assertThat(type).contains("value=\"" + ReportOption.TEXT + "\""); // the default
        assertThat(COUNT.isInteger()).isTrue();
        assertThat(WORDS.isInteger()).isFalse();
    }
}
