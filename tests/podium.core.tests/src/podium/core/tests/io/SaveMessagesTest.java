/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.core.tests.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import podium.core.io.AtomicFiles;

/** Why a save failed is said in the language Podium runs in: the English and the Chinese file agree. */
class SaveMessagesTest {

    private static Properties load(String name) throws IOException {
        try (InputStream in = AtomicFiles.class.getResourceAsStream(name)) {
            assertThat(in).as(name + " beside AtomicFiles").isNotNull();
            Properties messages = new Properties();
            messages.load(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()));
            return messages;
        }
    }

    private static TreeSet<String> placeholders(String pattern) {
        TreeSet<String> found = new TreeSet<>();
        Matcher m = Pattern.compile("\\{(\\d+)\\}").matcher(pattern);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    @Test
    void everyMessageHasAChineseTwinWithTheSameArguments() throws IOException {
        Properties english = load("messages.properties");
        Properties chinese = load("messages_zh_CN.properties");
        assertThat(chinese.stringPropertyNames()).isEqualTo(english.stringPropertyNames()).isNotEmpty();
        for (String key : english.stringPropertyNames()) {
            assertThat(placeholders(chinese.getProperty(key))).as(key).isEqualTo(placeholders(english.getProperty(key)));
            assertThat(chinese.getProperty(key)).as(key).containsPattern("\\p{IsHan}");
        }
    }

    @Test
    void aReadOnlyFileIsSaidInChinese() throws IOException {
        assertThat(MessageFormat.format(load("messages_zh_CN.properties").getProperty("ReadOnly_file"), "计划/plan.podium"))
                .isEqualTo("计划/plan.podium 是只读文件，未写入任何内容（将其设为可写后再保存）");
    }
}
