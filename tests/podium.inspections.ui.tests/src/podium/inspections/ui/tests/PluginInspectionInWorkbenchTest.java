/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.inspections.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import podium.lang.ui.internal.Messages;
import podium.lang.ui.internal.PodiumEditor;
import podium.lang.ui.internal.PodiumLanguage;
import podium.lang.ui.internal.SeverityPreferencePage;
import podium.lang.ui.internal.SeverityPreferencePage.ShownRow;
import podium.testing.UiWait;

/**
 * A plugin's inspection in the workbench, as its author and its users see it: the sample plugin's
 * SMPL-T001 (info by default) is listed on the preference page 规划检查 and reports a stretch target of a
 * plan nobody opened as a problem marker in the Problems view; turning it off on the page removes it; its
 * quick fix is offered in the plan editor (Alt+Enter) and changes the text.
 */
class PluginInspectionInWorkbenchTest {
    private static final String CODE = "SMPL-T001";
    private static final String PAGE = SeverityPreferencePage.ID;
    private IProject project;
    private IFile plan;

    @BeforeEach
    void createPlan() throws CoreException {
        UiWait.until("the language server started with the workbench", () -> PodiumLanguage.runningSession() != null);
        project = ResourcesPlugin.getWorkspace().getRoot().getProject("plugin-inspection-test");
        project.create(null);
        project.open(null);
        plan = project.getFile("plan.podium");
        // 力争 4000 is twice 确保 2000: above the sample's limit of one and a half times (3000).
        String text = """
                indicator 实际利用外资 "实际利用外资" unit 万美元 cumulative sum higher-better
                org 南阳市 "南阳市" city
                target 实际利用外资 南阳市 2004: 确保 2000 力争 4000
                """;
        plan.create(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), IResource.FORCE, null);
    }

    @AfterEach
    void turnTheRuleOnAgainAndDeleteProject() throws CoreException {
        onPage(page -> page.tick(CODE, true), true);
        project.delete(true, true, null);
    }

    @Test
    void theRuleIsOnThePreferencePageWithItsDefaultSeverityAndFilterFindsIt() {
        onPage(page -> {
            ShownRow row = page.shown(CODE).orElseThrow(() -> new AssertionError(CODE + " is not on the page"));
            assertThat(row.inspection()).startsWith(CODE + "  ");
            assertThat(row.severity()).isEqualTo(Messages.SeverityPreferencePage_info);
            assertThat(row.plugin()).isEqualTo("Podium Sample Reports (podium.sample.reports)");
            assertThat(row.ticked()).isTrue();
            assertThat(page.shown("PDM-T001")).isPresent();

            page.typeFilter("smpl");
            assertThat(page.shown(CODE)).isPresent();
            assertThat(page.shown("PDM-T001")).isEmpty();
            page.typeFilter("");
            assertThat(page.shown("PDM-T001")).isPresent();
        }, false);
    }

    @Test
    void everyControlOfThePageIsFullyVisibleAndTheListScrollsItself() {
        onPage(page -> {
            List<Control> controls = find(page.getControl(), Control.class).stream()
                    .filter(c -> !(c instanceof Composite) || c instanceof Tree || c instanceof Combo).toList();
            assertThat(controls).hasSizeGreaterThanOrEqualTo(5); // filter, list, severity label and choice, description
            String layout = find(page.getControl(), Control.class).stream()
                    .map(c -> c.getClass().getSimpleName() + c.getDisplay().map(c.getParent(), null, c.getBounds()))
                    .reduce("", (a, b) -> a + "\n" + b);
            controls.forEach(c -> assertThat(clipped(c)).as("%s %s at %s, its container; the page: %s", c, text(c),
                    c.getDisplay().map(c.getParent(), null, c.getBounds()), layout).isNull());
            Tree tree = find(page.getControl(), Tree.class).get(0);
            assertThat(tree.getSize().y).as("the list shows several rows").isGreaterThan(tree.getItemHeight() * 5);
            assertThat(tree.getVerticalBar().getMaximum()).as("the list scrolls itself")
                    .isGreaterThan(tree.getVerticalBar().getThumb());
        }, false);
    }

    private static String text(Control control) {
        return control instanceof Text t ? t.getText() + t.getMessage() : control instanceof Label l ? l.getText() : ""; //$NON-NLS-1$
    }

    /** The first ancestor whose visible area does not hold all of {@code control}, or null when it is all shown. */
    private static String clipped(Control control) {
        Rectangle bounds = control.getDisplay().map(control.getParent(), null, control.getBounds());
        for (Composite parent = control.getParent(); parent != null; parent = parent.getParent()) {
            Rectangle area = control.getDisplay().map(parent, null, parent.getClientArea());
            if (!area.contains(bounds.x, bounds.y) || !area.contains(bounds.x + bounds.width - 1, bounds.y + bounds.height - 1)) {
                return parent + " showing " + area; //$NON-NLS-1$
            }
            if (parent instanceof Shell) {
                return null;
            }
        }
        return null;
    }

    @Test
    void itsProblemIsInTheProblemsViewUntilTheRuleIsTurnedOff() throws PartInitException {
        UiWait.until("a " + CODE + " marker on line 3", () -> markers().size() == 1);
        IMarker marker = markers().get(0);
        assertThat(marker.getAttribute(IMarker.LINE_NUMBER, -1)).isEqualTo(3);
        assertThat(marker.getAttribute(IMarker.SEVERITY, -1)).isEqualTo(IMarker.SEVERITY_INFO);
        assertThat(marker.getAttribute(IMarker.MESSAGE, "")).startsWith(CODE + " ").contains("4000").contains("2000");
        IViewPart problems = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage()
                .showView(IPageLayout.ID_PROBLEM_VIEW);
        List<String> seen = new ArrayList<>();
        try {
            UiWait.until("the Problems view lists " + CODE, () -> {
                seen.clear();
                seen.addAll(problemsViewRows(problems));
                return seen.stream().anyMatch(r -> r.startsWith(CODE));
            });
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "; its rows were " + seen, e);
        }

        onPage(page -> {
            page.tick(CODE, false);
            assertThat(page.shown(CODE).orElseThrow().severity()).isEqualTo(Messages.SeverityPreferencePage_off);
            assertThat(page.shown(CODE).orElseThrow().ticked()).isFalse();
        }, true);

        UiWait.until("the " + CODE + " marker is gone", () -> markers().isEmpty());
        UiWait.until("the Problems view no longer lists " + CODE,
                () -> problemsViewRows(problems).stream().noneMatch(r -> r.startsWith(CODE)));
    }

    @Test
    void itsQuickFixFromThePopupLowersTheStriveLevel() throws Exception {
        UiWait.until("a " + CODE + " marker", () -> markers().size() == 1);
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        PodiumEditor editor = (PodiumEditor) IDE.openEditor(page, plan);
        try {
            IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
            UiWait.until("the editor's own validation",
                    () -> editor.sync() != null && editor.sync().session().isValidated(editor.sync().uri()));
            ((StyledText) editor.getAdapter(Control.class)).setCaretOffset(document.get().indexOf("4000"));
            // The command Alt+Enter is bound to; the fix is chosen in the popup as a user would.
            PlatformUI.getWorkbench().getService(IHandlerService.class)
                    .executeCommand("org.eclipse.jdt.ui.edit.text.java.correction.assist.proposals", null);
            String label = podium.sample.reports.internal.Messages.Fix_lowerStrive;
            UiWait.until("the sample's fix in the popup", () -> popupTableWith(label) != null);
            Table table = popupTableWith(label);
            table.setSelection(Arrays.stream(table.getItems()).map(TableItem::getText).toList().indexOf(label));
            table.notifyListeners(SWT.DefaultSelection, new Event());
            // 1.5 × 2000 = 3000, the highest 力争 level the inspection accepts.
            UiWait.until("力争 lowered to 3000", () -> document.get().contains("确保 2000 力争 3000\n"));
            assertThat(document.get()).doesNotContain("4000");
            editor.doSave(null);
            UiWait.until("the " + CODE + " marker gone", () -> markers().isEmpty());
        } finally {
            page.closeAllEditors(false);
        }
    }

    private static Table popupTableWith(String item) {
        for (Shell shell : Display.getCurrent().getShells()) {
            for (Table table : find(shell, Table.class)) {
                if (!table.isDisposed() && Arrays.stream(table.getItems()).anyMatch(i -> i.getText().equals(item))) {
                    return table;
                }
            }
        }
        return null;
    }

    /** Opens the preference dialog on the inspections page, runs {@code action}, then presses OK or Cancel. */
    private static void onPage(Consumer<SeverityPreferencePage> action, boolean ok) {
        Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        PreferenceDialog dialog = PreferencesUtil.createPreferenceDialogOn(shell, PAGE, new String[] {PAGE}, null);
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            UiWait.drain();
            action.accept((SeverityPreferencePage) dialog.getSelectedPage());
            press(dialog.getShell(), ok ? IDialogConstants.OK_ID : IDialogConstants.CANCEL_ID);
        } finally {
            if (dialog.getShell() != null && !dialog.getShell().isDisposed()) {
                dialog.close();
            }
        }
    }

    /** Presses the dialog button with {@code id} (dialogs keep a button's id as its data). */
    private static void press(Shell shell, int id) {
        Button button = find(shell, Button.class).stream().filter(b -> Integer.valueOf(id).equals(b.getData())).findFirst()
                .orElseThrow(() -> new AssertionError("no button " + id));
        button.notifyListeners(SWT.Selection, new Event());
        UiWait.drain();
    }

    private List<IMarker> markers() {
        try {
            return Arrays.stream(plan.findMarkers(IMarker.PROBLEM, true, IResource.DEPTH_ZERO))
                    .filter(m -> m.exists() && CODE.equals(m.getAttribute("code", ""))).toList(); //$NON-NLS-1$
        } catch (CoreException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The description column of every row of the Problems view, its groups opened as a click on their arrow does. */
    private static List<String> problemsViewRows(IViewPart problems) {
        Tree tree = ((TreeViewer) problems.getSite().getSelectionProvider()).getTree();
        List<String> rows = new ArrayList<>();
        collect(tree, tree.getItems(), rows);
        return rows;
    }

    private static void collect(Tree tree, TreeItem[] items, List<String> into) {
        for (TreeItem item : items) {
            into.add(item.getText(0));
            if (item.getItemCount() > 0 && !item.getExpanded()) {
                Event expand = new Event();
                expand.item = item;
                tree.notifyListeners(SWT.Expand, expand);
                item.setExpanded(true);
                UiWait.drain();
            }
            collect(tree, item.getItems(), into);
        }
    }

    private static <T extends Control> List<T> find(Control root, Class<T> type) {
        List<T> found = new ArrayList<>();
        if (type.isInstance(root)) {
            found.add(type.cast(root));
        }
        if (root instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                found.addAll(find(child, type));
            }
        }
        return found;
    }
}
