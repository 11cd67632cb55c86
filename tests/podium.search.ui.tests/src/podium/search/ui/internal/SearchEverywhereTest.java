/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.search.ui.internal;

import static podium.search.ui.internal.SearchUi.page;
import static podium.search.ui.internal.SearchUi.popup;
import static podium.search.ui.internal.SearchUi.window;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.bindings.keys.KeySequence;
import org.eclipse.jface.bindings.keys.ParseException;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.keys.IBindingService;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import podium.reports.ui.internal.ReportsView;
import podium.testing.Folders;
import podium.testing.UiWait;
import podium.ui.ToolWindows;
import podium.ui.internal.workspace.LinkedFolders;

/** Search Everywhere in the running workbench, on a copy of examples/. */
class SearchEverywhereTest {

    private static final String COMMAND = "podium.search.ui.commands.searchEverywhere";
    private static Path examples;

    @BeforeAll
    static void openExamples() throws Exception {
        examples = Folders.examplesCopy("podium-search-ui");
        new LinkedFolders(ResourcesPlugin.getWorkspace().getRoot()).open(examples, null);
        page().closeAllEditors(false);
    }

    @AfterEach
    void closePopups() {
        popup().ifPresent(p -> p.close());
        page().closeAllEditors(false);
    }


    private static SearchPopup open(Map<String, String> parameters) throws Exception {
        ICommandService commands = window().getService(ICommandService.class);
        ParameterizedCommand command = ParameterizedCommand.generateCommand(commands.getCommand(COMMAND), parameters);
        window().getService(IHandlerService.class).executeCommand(command, null);
        UiWait.until("the popup is open", () -> popup().isPresent());
        SearchPopup popup = popup().orElseThrow();
        UiWait.until("the categories answered", popup::isCollected);
        return popup;
    }

    private static void type(SearchPopup popup, String query) {
        popup.field().setText(query);
        UiWait.drain();
    }

    private static void pressEnter(SearchPopup popup) {
        Event enter = new Event();
        enter.character = SWT.CR;
        enter.keyCode = SWT.CR;
        popup.field().notifyListeners(SWT.KeyDown, enter);
        UiWait.drain();
    }

    @Test
    void aCountyTypedByItsInitialsOpensInThePlanEditorSelected() throws Exception {
        SearchPopup popup = open(Map.of());
        type(popup, "wlq");
        assertThat(popup.selectedLabel()).contains("卧龙区");

        pressEnter(popup);

        UiWait.until("the popup closed", () -> popup().isEmpty());
        UiWait.until("an editor opened", () -> page().getActiveEditor() != null);
        IEditorPart editor = page().getActiveEditor();
        assertThat(editor.getEditorInput().getName()).isEqualTo("orgs.podium");
        ITextSelection selection = (ITextSelection) ((ITextEditor) editor).getSelectionProvider().getSelection();
        assertThat(selection.getText()).startsWith("org 卧龙区");
    }

    @Test
    void aReportIsShownInTheReportsWindow() throws Exception {
        SearchPopup popup = open(Map.of());
        type(popup, "lingjindu");
        assertThat(popup.selectedLabel()).contains("Zero progress");

        pressEnter(popup);

        UiWait.until("the reports window shows zero-progress", () -> page().findView(ToolWindows.REPORTS) instanceof ReportsView view
                && view.currentPage() != null && "zero-progress".equals(view.currentPage().report().id()));
    }

    @Test
    void ctrlNSearchesOnlyThePlansElements() throws Exception {
        SearchPopup popup = open(Map.of(SearchEverywhereHandler.CATEGORIES, "organisations,indicators"));
        type(popup, "mbjd");
        assertThat(popup.selectedLabel()).as("a report is not an element").isEmpty();
        type(popup, "sjly");
        assertThat(popup.selectedLabel()).contains("实际利用外资");
    }

    @Test
    void podiumsKeymapBindsIntellijsKeys() {
        IBindingService bindings = PlatformUI.getWorkbench().getService(IBindingService.class);
        assertThat(bindings.getActiveScheme().getId()).isEqualTo("podium.ui.keymap");
        assertThat(Arrays.stream(bindings.getBindings()).filter(b -> b.getParameterizedCommand() != null
                && COMMAND.equals(b.getParameterizedCommand().getId())).map(b -> b.getTriggerSequence()))
                .contains(keys("M1+N"), keys("M1+E"), keys("M1+M2+A"));
    }

    private static KeySequence keys(String sequence) {
        try {
            return KeySequence.getInstance(sequence);
        } catch (ParseException e) {
            throw new IllegalArgumentException(e);
        }
    }

    @Test
    void shiftPressedTwiceOpensThePopup() {
        Shell shell = window().getShell();
        shell.forceActive();
        UiWait.until("the workbench window is active", () -> Display.getCurrent().getActiveShell() == shell);
        Display display = Display.getCurrent();
        for (int i = 0; i < 2; i++) {
            post(display, SWT.KeyDown);
            post(display, SWT.KeyUp);
        }
        UiWait.until("Shift Shift opened the popup", () -> popup().isPresent());
    }

    private static void post(Display display, int type) {
        Event event = new Event();
        event.type = type;
        event.keyCode = SWT.SHIFT;
        assertThat(display.post(event)).as("the display takes posted key events").isTrue();
        UiWait.drain();
    }
}
