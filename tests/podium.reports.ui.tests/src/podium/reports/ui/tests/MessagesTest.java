/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.reports.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;

import podium.reports.ui.internal.Messages;
import podium.testing.MessageFiles;

/** The window's strings exist in English and Chinese, with the same placeholders, and plugin.xml's are translated. */
class MessagesTest {
    private final Bundle bundle = Platform.getBundle("podium.reports.ui");

    @Test
    void messageFilesAreComplete() throws IOException {
        assertThat(MessageFiles.problems(Messages.class)).isEmpty();
        assertThat(MessageFiles.chinese(Messages.class, "ReportsView_run")).isEqualTo("生成(&R)");
    }

    @Test
    void everyPluginXmlStringIsTranslated() throws IOException {
        Set<String> used = new TreeSet<>();
        Matcher m = Pattern.compile("\"%([\\w.]+)\"").matcher(read("plugin.xml"));
        while (m.find()) {
            used.add(m.group(1));
        }
        Properties english = load("plugin.properties");
        Properties chinese = load("plugin_zh_CN.properties");
        assertThat(english.stringPropertyNames()).containsAll(used);
        assertThat(chinese.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
        assertThat(chinese.getProperty("view.reports")).isEqualTo("报表");
    }

    private Properties load(String path) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = bundle.getEntry(path).openStream()) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    private String read(String path) throws IOException {
        try (InputStream in = bundle.getEntry(path).openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
