/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.ui.internal.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import org.eclipse.core.commands.Category;
import org.eclipse.core.commands.Command;
import org.eclipse.core.commands.common.NotDefinedException;
import org.eclipse.core.commands.contexts.Context;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.Platform;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.contexts.IContextService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Under {@code -nl zh_CN} the workbench shows no English command, category, key binding context or main
 * menu item: every name Settings ▸ Keymap and Search Everywhere's actions list, and every label of the
 * menu bar, has a Chinese character. A name in ASCII only is an English text that no language-pack
 * fragment (bundles/podium.nl.zh.*) translates. Runs in a runtime of its own started in Chinese (the
 * pom's "chinese" execution); the few names that are not words to translate are listed in
 * {@link #NOT_ENGLISH} with the reason.
 */
class ChineseCommandsTest {

    /** Names in ASCII that are right in Chinese too, by id: why each is not an English text. */
    private static final Map<String, String> NOT_ENGLISH = Map.of(
            "podium.ui.commands", "the category of Podium's own commands is the product's name, Podium, in every language");

    @BeforeAll
    static void inChinese() {
        assertThat(Platform.getNL()).as("the runtime is started with -nl zh_CN").isEqualTo("zh_CN");
        assertThat(Locale.getDefault().getLanguage()).isEqualTo("zh");
    }

    @Test
    void everyCommandHasAChineseName() throws NotDefinedException {
        List<String> english = new ArrayList<>();
        Command[] commands = PlatformUI.getWorkbench().getService(ICommandService.class).getDefinedCommands();
        assertThat(commands).as("the platform's and Podium's commands").hasSizeGreaterThan(200);
        for (Command command : commands) {
            if (MenuTexts.isEnglish(command.getName()) && !NOT_ENGLISH.containsKey(command.getId())) {
                english.add(command.getId() + " = " + command.getName() + "  [" + contributor("org.eclipse.ui.commands", command.getId()) + "]");
            }
        }
        assertThat(new TreeSet<>(english)).as("commands named in English").isEmpty();
    }

    /** The categories of the commands, as the Keymap and Search Everywhere show them beside each command; a category no command is in is shown nowhere. */
    @Test
    void everyCommandCategoryHasAChineseName() throws NotDefinedException {
        List<String> english = new ArrayList<>();
        for (Command command : PlatformUI.getWorkbench().getService(ICommandService.class).getDefinedCommands()) {
            Category category = command.getCategory();
            if (MenuTexts.isEnglish(category.getName()) && !NOT_ENGLISH.containsKey(category.getId())) {
                english.add(category.getId() + " = " + category.getName() + "  [" + contributor("org.eclipse.ui.commands", category.getId()) + "]");
            }
        }
        assertThat(new TreeSet<>(english)).as("command categories named in English").isEmpty();
    }

    @Test
    void everyKeyBindingContextHasAChineseName() throws NotDefinedException {
        List<String> english = new ArrayList<>();
        for (Context context : PlatformUI.getWorkbench().getService(IContextService.class).getDefinedContexts()) {
            if (MenuTexts.isEnglish(context.getName()) && !NOT_ENGLISH.containsKey(context.getId())) {
                english.add(context.getId() + " = " + context.getName() + "  [" + contributor("org.eclipse.ui.contexts", context.getId()) + "]");
            }
        }
        assertThat(new TreeSet<>(english)).as("key binding contexts named in English").isEmpty();
    }

    @Test
    void everyMainMenuItemHasAChineseLabel() {
        List<MenuTexts.Item> items = MenuTexts.items(Workbench.window().getShell().getMenuBar());
        assertThat(items).as("the menus were read (File, Edit, Window, Help and their items)").hasSizeGreaterThan(20);
        assertThat(items).as("main menu items in English").noneMatch(item -> MenuTexts.isEnglish(item.label()));
    }

    /** The bundle that declares {@code id} at {@code point}, to know which fragment should translate it. */
    private static String contributor(String point, String id) {
        for (IConfigurationElement element : Platform.getExtensionRegistry().getConfigurationElementsFor(point)) {
            if (id.equals(element.getAttribute("id"))) {
                return element.getContributor().getName();
            }
        }
        return "application model";
    }
}
