/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.search.ui.internal;

import static podium.search.ui.internal.SearchUi.page;
import static podium.search.ui.internal.SearchUi.popup;
import static podium.search.ui.internal.SearchUi.window;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import podium.testing.UiWait;
import podium.ui.internal.workspace.LinkedFolders;

/** Ctrl+E finds a recent file by its folder's name too, in Chinese or pinyin, after the files its own name finds. */
class RecentFilesTest {
    private static IFolder trade;
    private static IFolder petitions;
    private static Path parent;

    @BeforeAll
    static void openTwoWorkspacesWithAPlanEach() throws Exception {
        parent = Files.createTempDirectory("podium-recent-files").toRealPath();
        trade = open(parent.resolve("外贸出口"));
        petitions = open(parent.resolve("信访"));
        Files.writeString(parent.resolve("信访/外贸出口目标.podium"), "org 市 \"市\"\n", StandardCharsets.UTF_8);
        petitions.refreshLocal(1, null);
        IWorkbenchPage page = page();
        page.closeAllEditors(false);
        // opened in this order, so that the plan of 外贸出口 is the most recent of the three
        IDE.openEditor(page, petitions.getFile("外贸出口目标.podium"));
        IDE.openEditor(page, petitions.getFile("plan.podium"));
        IDE.openEditor(page, trade.getFile("plan.podium"));
    }

    private static IFolder open(Path folder) throws Exception {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("plan.podium"), "org 市 \"市\"\n", StandardCharsets.UTF_8);
        return new LinkedFolders(ResourcesPlugin.getWorkspace().getRoot()).open(folder, null);
    }

    @AfterEach
    void closePopup() {
        popup().ifPresent(SearchPopup::close);
    }

    @Test
    void aFolderNameInChineseFindsTheFilesInItAfterAFileNamedSo() throws Exception {
        assertThat(resultsFor("外贸")).containsExactly(
                "外贸出口目标.podium   " + petitions.getLocation().toOSString(),
                "plan.podium   " + trade.getLocation().toOSString());
    }

    @Test
    void aFolderNameInPinyinFindsTheFilesInIt() throws Exception {
        assertThat(resultsFor("waimaoplan")).containsExactly("plan.podium   " + trade.getLocation().toOSString());
    }

    @Test
    void theFileNameAloneStillFindsEveryPlanMostRecentFirst() throws Exception {
        assertThat(resultsFor("plan.podium")).containsExactly(
                "plan.podium   " + trade.getLocation().toOSString(),
                "plan.podium   " + petitions.getLocation().toOSString());
    }

    @Test
    void theExplorersPathIsMatchedNotTheProjectHoldingTheFolder() {
        assertThat(RecentFiles.pathAsKnown(trade.getFile("plan.podium").getLocation().toPath()))
                .isEqualTo("外贸出口/plan.podium");
        assertThat(RecentFiles.pathAsKnown(Path.of("/nowhere/信访/plan.podium"))).isEqualTo("信访/plan.podium");
    }

    /** The results Ctrl+E shows for {@code query}, as the popup's rows read, without the heading. */
    private static List<String> resultsFor(String query) throws Exception {
        IWorkbenchWindow window = window();
        ICommandService commands = window.getService(ICommandService.class);
        ParameterizedCommand command = ParameterizedCommand.generateCommand(
                commands.getCommand("podium.search.ui.commands.searchEverywhere"),
                Map.of(SearchEverywhereHandler.CATEGORIES, "recentFiles"));
        window.getService(IHandlerService.class).executeCommand(command, null);
        UiWait.until("the popup is open", () -> popup().isPresent());
        SearchPopup popup = popup().orElseThrow();
        UiWait.until("the recent files answered", popup::isCollected);
        popup.field().setText(query);
        UiWait.drain();
        // only this test's files: the recent files of earlier runs are kept while their files exist
        return Arrays.stream(findTable(popup.getShell()).getItems()).map(TableItem::getText)
                .filter(text -> text.startsWith("    ") && text.contains(parent.toString())).map(String::strip).toList();
    }

    private static Table findTable(Control control) {
        if (control instanceof Table table) {
            return table;
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                Table found = findTable(child);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

}
