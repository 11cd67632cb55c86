/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.ui.internal.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.menu.MMenu;
import org.eclipse.e4.ui.workbench.IPresentationEngine;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeColumn;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.navigator.CommonNavigator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import podium.testing.UiWait;
import podium.ui.ToolWindows;

/**
 * Under {@code -nl zh_CN} the context menus a user opens on a plan show no English item: the explorer's
 * on a folder and on a .podium file of the example workspace, the plan editor's on its text and on
 * its rulers, and the Problems tool window's on a problem, each read as SWT fills it when it opens, submenus (团队, 比较对象, 打开方式, 显示位置, ...)
 * included; and the tool windows' view menus (▾). An item without a Chinese character is an English text that no language-pack fragment
 * (bundles/podium.nl.zh.*) translates; the failure lists each with its path and the id of its action or
 * command. No label needs an exception: the file and editor names these menus show are Chinese
 * (规划编辑器) or translated (文本编辑器). Runs beside {@link ChineseCommandsTest} in the runtime started in
 * Chinese (the pom's "chinese" execution).
 */
class ChineseContextMenusTest {

    @RegisterExtension
    static final ChineseExamples EXAMPLES = new ChineseExamples("podium-chinese-menus");
    private static CommonNavigator explorer;

    @BeforeAll
    static void showExplorer() throws Exception {
        explorer = (CommonNavigator) Workbench.page().showView(ToolWindows.EXPLORER);
        UiWait.drain();
    }

    @Test
    void theExplorersMenuOnAFolderIsChinese() {
        List<MenuTexts.Item> items = explorerMenu(EXAMPLES.folder().getFolder("speeches"));
        assertChinese(items, "the explorer's context menu on a folder");
    }

    @Test
    void theExplorersMenuOnAPlanIsChinese() {
        List<MenuTexts.Item> items = explorerMenu(EXAMPLES.folder().getFile("plan.podium"));
        assertChinese(items, "the explorer's context menu on plan.podium");
    }

    @Test
    void thePlanEditorsTextMenuIsChinese() throws Exception {
        StyledText text = planEditorText();
        text.setFocus();
        UiWait.drain();
        assertChinese(read(text.getMenu()), "the plan editor's context menu");
    }

    @Test
    void thePlanEditorsRulerMenusAreChinese() throws Exception {
        StyledText text = planEditorText();
        UiWait.drain();
        // the rulers beside the text (line numbers and annotations on the left, the overview on the right)
        // have context menus of their own
        List<Control> rulers = Arrays.stream(text.getParent().getChildren())
                .filter(control -> control != text && control.getMenu() != null).toList();
        assertThat(rulers).as("the editor's rulers").hasSize(2);
        List<MenuTexts.Item> items = new ArrayList<>();
        for (Control ruler : rulers) {
            items.addAll(MenuTexts.items(ruler.getMenu()));
        }
        assertThat(items).as("the rulers' menus were read (bookmark, task, line numbers, preferences)").hasSizeGreaterThan(3);
        assertChinese(items, "the plan editor's ruler context menus");
    }

    @Test
    void theProblemsMenuOnAProblemIsChinese() throws Exception {
        IFile plan = EXAMPLES.folder().getFile("plan.podium");
        IMarker marker = plan.createMarker(IMarker.PROBLEM);
        try {
            marker.setAttributes(new String[] { IMarker.SEVERITY, IMarker.MESSAGE, IMarker.LINE_NUMBER },
                    new Object[] { IMarker.SEVERITY_WARNING, "确保目标之和与总目标不符", 3 });
            IViewPart problems = Workbench.page().showView(ToolWindows.PROBLEMS);
            TreeViewer viewer = (TreeViewer) problems.getSite().getSelectionProvider();
            Tree tree = viewer.getTree();
            UiWait.until("the problem is listed", () -> leaf(tree.getItems()) != null);
            TreeItem problem = leaf(tree.getItems());
            tree.setSelection(problem);
            tree.notifyListeners(SWT.Selection, new Event());
            tree.setFocus();
            UiWait.drain();
            List<MenuTexts.Item> items = MenuTexts.items(tree.getMenu());
            assertThat(items).as("the menu was read").hasSizeGreaterThan(5);
            assertChinese(items, "the Problems tool window's context menu on a problem");
            assertThat(Arrays.stream(tree.getColumns()).map(TreeColumn::getText).filter(MenuTexts::isEnglish))
                    .as("the Problems tool window's column titles in English").isEmpty();
        } finally {
            marker.delete();
        }
    }

    @Test
    void theToolWindowsViewMenusAreChinese() throws Exception {
        List<MenuTexts.Item> items = new ArrayList<>();
        for (String id : ToolWindows.ALL) {
            IViewPart view = Workbench.page().showView(id);
            UiWait.drain();
            MPart part = view.getSite().getService(MPart.class);
            for (MMenu viewMenu : part.getMenus()) {
                if (viewMenu.getTags().contains("ViewMenu")) { //$NON-NLS-1$
                    items.addAll(MenuTexts.items(rendered(viewMenu, part)));
                }
            }
        }
        assertThat(items).as("the menus were read (the explorer's: filters, link with editor)").hasSizeGreaterThanOrEqualTo(2);
        assertChinese(items, "the tool windows' view menus (▾)");
    }

    /** The view menu's SWT menu, made as the tool window's ▾ button makes it. */
    private static Menu rendered(MMenu viewMenu, MPart part) {
        if (viewMenu.getWidget() instanceof Menu menu) {
            return menu;
        }
        IPresentationEngine engine = part.getContext().get(IPresentationEngine.class);
        return (Menu) engine.createGui(viewMenu, Workbench.window().getShell(), part.getContext());
    }

    /** The first item without children (a problem; its parents are the groups 警告, 错误, ...), expanding as it goes. */
    private static TreeItem leaf(TreeItem[] items) {
        for (TreeItem item : items) {
            if (item.getItemCount() == 0) {
                return item;
            }
            item.setExpanded(true);
            item.getParent().notifyListeners(SWT.Expand, new Event());
            TreeItem below = leaf(item.getItems());
            if (below != null) {
                return below;
            }
        }
        return null;
    }

    /** The text of plan.podium's editor, opened and active. */
    private static StyledText planEditorText() throws Exception {
        IEditorPart editor = IDE.openEditor(Workbench.page(), EXAMPLES.folder().getFile("plan.podium"));
        Workbench.page().activate(editor);
        return (StyledText) editor.getAdapter(Control.class);
    }

    /** The explorer's context menu with {@code resource} selected, as a right-click on it opens it. */
    private static List<MenuTexts.Item> explorerMenu(IResource resource) {
        Workbench.page().activate(explorer);
        explorer.selectReveal(new StructuredSelection(resource));
        UiWait.drain();
        assertThat(((IStructuredSelection) explorer.getCommonViewer().getSelection()).toList()).containsExactly(resource);
        explorer.getCommonViewer().getTree().setFocus();
        return read(explorer.getCommonViewer().getTree().getMenu());
    }

    /** A menu with submenus (新建, 打开方式, 团队, ...), read whole. */
    private static List<MenuTexts.Item> read(Menu menu) {
        List<MenuTexts.Item> items = MenuTexts.items(menu);
        assertThat(items).as("the menu was read").hasSizeGreaterThan(15);
        assertThat(items).as("its submenus were read").anyMatch(item -> !item.path().isEmpty());
        return items;
    }

    /** Checks that {@code items}, read from {@code menu}, have no English label. */
    private static void assertChinese(List<MenuTexts.Item> items, String menu) {
        List<String> english = items.stream()
                .filter(item -> MenuTexts.isEnglish(item.label()))
                .map(MenuTexts.Item::toString).toList();
        assertThat(english).as(menu + ": items in English").isEmpty();
    }
}
