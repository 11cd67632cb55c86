/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.product.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * The Chinese texts Podium adds to the platform (the podium.nl.zh.* fragments) still fit the
 * platform's own files: every key exists there, with the same arguments. A platform update that
 * renames a key would otherwise silently show English again, or a wrong text.
 */
class LanguagePackTest {
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");

    @ParameterizedTest(name = "{1}")
    @CsvSource({
        "podium.nl.zh.ui.ide, org.eclipse.ui.ide, org/eclipse/ui/views/markers/internal/messages",
        "podium.nl.zh.ui.ide, org.eclipse.ui.ide, plugin",
        "podium.nl.zh.jface, org.eclipse.jface, org/eclipse/jface/messages",
        "podium.nl.zh.core.resources, org.eclipse.core.resources, org/eclipse/core/internal/utils/messages",
        "podium.nl.zh.ui.workbench.texteditor, org.eclipse.ui.workbench.texteditor, org/eclipse/ui/texteditor/EditorMessages",
        "podium.nl.zh.ui.workbench.texteditor, org.eclipse.ui.workbench.texteditor, org/eclipse/ui/texteditor/ConstructedEditorMessages",
        "podium.nl.zh.ui.editors, org.eclipse.ui.editors, org/eclipse/ui/texteditor/ConstructedTextEditorMessages",
        "podium.nl.zh.ui.editors, org.eclipse.ui.editors, org/eclipse/ui/texteditor/TextEditorMessages",
        "podium.nl.zh.ui.ide, org.eclipse.ui.ide, org/eclipse/ui/internal/ide/messages",
        "podium.nl.zh.ui.views, org.eclipse.ui.views, org/eclipse/ui/internal/views/contentoutline/messages",
        "podium.nl.zh.ui.navigator, org.eclipse.ui.navigator, org/eclipse/ui/internal/navigator/messages",
        "podium.nl.zh.ui.navigator.resources, org.eclipse.ui.navigator.resources, org/eclipse/ui/internal/navigator/resources/plugin/messages",
        "podium.nl.zh.ui.navigator, org.eclipse.ui.navigator, org/eclipse/ui/internal/navigator/framelist/messages",
        "podium.nl.zh.ui.workbench, org.eclipse.ui.workbench, org/eclipse/ui/internal/messages",
        "podium.nl.zh.ui.workbench, org.eclipse.ui.workbench, org/eclipse/ui/internal/keys/NewKeysPreferencePage",
        "podium.nl.zh.ui.workbench, org.eclipse.ui.workbench, org/eclipse/ui/internal/themes/ColorsAndFontsPreferencePage",
        "podium.nl.zh.ui.workbench, org.eclipse.ui.workbench, org/eclipse/ui/internal/themes/Theme",
        "podium.nl.zh.compare, org.eclipse.compare, plugin",
        "podium.nl.zh.team.ui, org.eclipse.team.ui, plugin",
        "podium.nl.zh.team.ui, org.eclipse.team.ui, org/eclipse/team/internal/ui/messages",
        "podium.nl.zh.ui, org.eclipse.ui, plugin",
        "podium.nl.zh.ui.editors, org.eclipse.ui.editors, plugin",
        "podium.nl.zh.ui.workbench.texteditor, org.eclipse.ui.workbench.texteditor, plugin",
        "podium.nl.zh.ui.workbench, org.eclipse.ui.workbench, plugin",
        "podium.nl.zh.ui.views, org.eclipse.ui.views, plugin",
        "podium.nl.zh.ui.navigator.resources, org.eclipse.ui.navigator.resources, plugin",
        "podium.nl.zh.ltk.ui.refactoring, org.eclipse.ltk.ui.refactoring, plugin"})
    void everyTranslatedKeyIsThePlatformsWithItsArguments(String pack, String host, String file) throws IOException {
        Properties english = load(bundle(host), file + ".properties");
        Properties chinese = load(bundle(pack), file + "_zh.properties");
        assertThat(chinese).isNotEmpty();
        assertThat(english.stringPropertyNames()).containsAll(chinese.stringPropertyNames());
        for (String key : chinese.stringPropertyNames()) {
            assertThat(arguments(chinese.getProperty(key))).as(key).isEqualTo(arguments(english.getProperty(key)));
            assertThat(chinese.getProperty(key)).as(key).containsPattern("\\p{IsHan}");
        }
    }

    private static Bundle bundle(String name) {
        return Arrays.stream(FrameworkUtil.getBundle(LanguagePackTest.class).getBundleContext().getBundles())
                .filter(b -> b.getSymbolicName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " is not in the product"));
    }

    private static Properties load(Bundle bundle, String path) throws IOException {
        URL entry = bundle.getEntry(path);
        assertThat(entry).as(bundle.getSymbolicName() + "/" + path).isNotNull();
        Properties properties = new Properties();
        try (InputStream in = entry.openStream()) {
            properties.load(in);
        }
        return properties;
    }

    private static Set<String> arguments(String message) {
        Set<String> found = new TreeSet<>();
        Matcher m = ARGUMENT.matcher(message);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
