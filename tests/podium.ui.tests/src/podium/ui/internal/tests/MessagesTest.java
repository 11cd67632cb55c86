/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.ui.internal.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;

import podium.ui.internal.Messages;

/** English and Chinese strings stay complete: every key in both languages, nothing missing or left over. */
class MessagesTest {
    private final Bundle bundle = Platform.getBundle("podium.ui");

    @Test
    void messagesHaveTheSameKeysInBothLanguagesAsTheMessagesClass() throws Exception {
        Set<String> fields = new TreeSet<>();
        Arrays.stream(Messages.class.getFields()).filter(f -> Modifier.isStatic(f.getModifiers()))
                .map(Field::getName).forEach(fields::add);
        assertThat(keys("podium/ui/internal/messages.properties")).isEqualTo(fields);
        assertThat(keys("podium/ui/internal/messages_zh_CN.properties")).isEqualTo(fields);
    }

    @Test
    void chineseMessagesAreChinese() throws Exception {
        Properties zh = load("podium/ui/internal/messages_zh_CN.properties");
        assertThat(zh.getProperty("PodiumActionBarAdvisor_menuFile")).isEqualTo("文件(&F)");
        assertThat(zh.getProperty("OpenFileHandler_dialogTitle")).isEqualTo("打开文件");
    }

    @Test
    void everyPluginXmlStringIsTranslated() throws Exception {
        Set<String> used = new TreeSet<>();
        Matcher m = Pattern.compile("\"%([\\w.]+)\"").matcher(read("plugin.xml"));
        while (m.find()) {
            used.add(m.group(1));
        }
        assertThat(keys("plugin.properties")).containsAll(used);
        assertThat(keys("plugin_zh_CN.properties")).isEqualTo(keys("plugin.properties"));
        assertThat(load("plugin_zh_CN.properties").getProperty("view.explorer")).isEqualTo("资源管理器");
    }

    private Set<String> keys(String path) throws IOException {
        return new TreeSet<>(load(path).stringPropertyNames());
    }

    private Properties load(String path) throws IOException {
        Properties properties = new Properties();
        properties.load(new StringReader(read(path)));
        return properties;
    }

    private String read(String path) throws IOException {
        URL url = bundle.getEntry(path);
        if (url == null) {
            url = bundle.getResource(path);
        }
        assertThat(url).as(path).isNotNull();
        try (InputStream in = url.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
