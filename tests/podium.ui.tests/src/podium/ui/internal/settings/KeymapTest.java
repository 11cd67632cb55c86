/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.ui.internal.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static podium.ui.internal.settings.SettingsDialogTest.keys;

import java.util.Arrays;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.jface.bindings.Binding;
import org.eclipse.jface.preference.IPreferencePage;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.dialogs.FilteredTree;
import org.eclipse.ui.keys.IBindingService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import podium.testing.UiWait;

/** Settings ▸ Keymap: Podium's IntelliJ-like keymap by default, the Eclipse one on choice, bindings editable. */
class KeymapTest {
    private static final String PODIUM = "podium.ui.keymap";
    private static final String ECLIPSE = "podium.ui.keymap.eclipse";
    private static final String SEARCH = "podium.search.ui.commands.searchEverywhere";
    private static final String OPEN_RESOURCE = "org.eclipse.ui.navigate.openResource";

    @AfterEach
    void restore() throws Exception {
        SettingsDialogs.open(PreferenceDialog.class).ifPresent(PreferenceDialog::close);
        IBindingService service = bindings();
        // back to Podium's keymap with no user bindings, as a fresh installation has it
        Binding[] systemOnly = Arrays.stream(service.getBindings()).filter(b -> b.getType() == Binding.SYSTEM)
                .toArray(Binding[]::new);
        service.savePreferences(service.getScheme(PODIUM), systemOnly);
        UiWait.drain();
    }

    @Test
    void podiumsKeymapIsIntellijLike() {
        assertThat(bindings().getActiveScheme().getId()).isEqualTo(PODIUM);
        assertThat(command("M1+M2+N")).isEqualTo(OPEN_RESOURCE);
        assertThat(command("M1+N")).isEqualTo(SEARCH);
        assertThat(command("M1+E")).isEqualTo(SEARCH);
        assertThat(command("M1+M3+S")).isEqualTo(SettingsHandler.COMMAND);
    }

    @Test
    void choosingEclipseOnTheKeymapPageGivesEclipsesKeys() throws Exception {
        PreferenceDialog dialog = SettingsDialogs.openOn("podium.ui.settings.keymap");
        Composite page = (Composite) ((IPreferencePage) dialog.getSelectedPage()).getControl();
        Combo schemes = SettingsDialogs.find(page, Combo.class, c -> Arrays.asList(c.getItems()).contains("Eclipse"))
                .orElseThrow();
        assertThat(schemes.getText()).isEqualTo(bindings().getScheme(PODIUM).getName());
        schemes.select(Arrays.asList(schemes.getItems()).indexOf("Eclipse"));
        schemes.notifyListeners(SWT.Selection, new Event());
        SettingsDialogs.pressOk(dialog);

        assertThat(bindings().getActiveScheme().getId()).isEqualTo(ECLIPSE);
        assertThat(command("M1+M2+R")).isEqualTo(OPEN_RESOURCE);
        assertThat(command("M1+N")).isEqualTo("org.eclipse.ui.newWizard");
        assertThat(command("M1+M2+N")).isNull();
        assertThat(command("M1+M3+S")).isEqualTo(SettingsHandler.COMMAND);
    }

    @Test
    void aBindingChangedOnTheKeymapPageTakesEffect() throws Exception {
        String name = PlatformUI.getWorkbench().getService(ICommandService.class).getCommand(SettingsHandler.COMMAND)
                .getName();
        PreferenceDialog dialog = SettingsDialogs.openOn("podium.ui.settings.keymap");
        Composite page = (Composite) ((IPreferencePage) dialog.getSelectedPage()).getControl();
        Tree commands = SettingsDialogs.findAll(page, Tree.class).get(0);
        FilteredTree filtered = SettingsDialogs.filteredTree(commands);
        filtered.getFilterControl().setText(name);
        UiWait.until("the Settings command listed", () -> row(commands, name) != null);
        filtered.getViewer().setSelection(new StructuredSelection(row(commands, name).getData()), true);
        UiWait.drain();
        String current = keys("M1+M3+S").format();
        Text binding = SettingsDialogs.find(page, Text.class, t -> t.getText().equals(current)).orElseThrow();

        binding.setText(keys("M1+M3+K").format());
        SettingsDialogs.pressOk(dialog);

        assertThat(command("M1+M3+K")).isEqualTo(SettingsHandler.COMMAND);
        assertThat(command("M1+M3+S")).isNull();
        assertThat(bindings().getActiveScheme().getId()).isEqualTo(PODIUM);
    }

    private static TreeItem row(Tree tree, String commandName) {
        return Arrays.stream(tree.getItems()).filter(i -> i.getText(0).equals(commandName)).findFirst().orElse(null);
    }

    /** The command a key sequence runs in the window now, or null. */
    private static String command(String sequence) {
        Binding match = bindings().getPerfectMatch(keys(sequence));
        ParameterizedCommand command = match == null ? null : match.getParameterizedCommand();
        return command == null ? null : command.getId();
    }

    private static IBindingService bindings() {
        return PlatformUI.getWorkbench().getService(IBindingService.class);
    }
}
