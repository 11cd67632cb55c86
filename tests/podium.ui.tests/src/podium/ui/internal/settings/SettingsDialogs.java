/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.ui.internal.settings;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.preference.IPreferenceNode;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.FilteredTree;

import podium.testing.UiWait;

/** Finding and driving the Settings dialog and the other windows it opens, as a user's clicks would. */
final class SettingsDialogs {
    private SettingsDialogs() {
    }

    static IWorkbenchWindow window() {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        return window != null ? window : PlatformUI.getWorkbench().getWorkbenchWindows()[0];
    }

    /** The open window of a type, if one is. */
    static <T extends Window> Optional<T> open(Class<T> type) {
        return Arrays.stream(Display.getCurrent().getShells()).filter(s -> !s.isDisposed() && s.isVisible())
                .map(Shell::getData).filter(type::isInstance).map(type::cast).findFirst();
    }

    /** Opens the dialog without blocking the test (its own event loop is the test's). */
    static PreferenceDialog openOn(String pageId) {
        PreferenceDialog dialog = SettingsHandler.create(window().getShell(), pageId);
        dialog.setBlockOnOpen(false);
        dialog.open();
        UiWait.drain();
        return dialog;
    }

    /**
     * Types into the filter box and returns the pages the tree shows once it matches {@code expected} or,
     * failing that, after the filter's refresh job has had ample time (the caller then asserts).
     */
    static List<String> filter(PreferenceDialog dialog, String text, List<String> expected) {
        FilteredTree tree = filteredTree(dialog.getTreeViewer().getControl());
        tree.getFilterControl().setText(text);
        long giveUp = System.currentTimeMillis() + 5_000;
        UiWait.until("the filter applied", () -> visibleIds(dialog).equals(expected) || System.currentTimeMillis() > giveUp);
        return visibleIds(dialog);
    }

    /** The ids of the pages the tree shows, parents before children. */
    static List<String> visibleIds(PreferenceDialog dialog) {
        List<String> ids = new ArrayList<>();
        collect(((org.eclipse.swt.widgets.Tree) dialog.getTreeViewer().getControl()).getItems(), ids);
        return ids;
    }

    private static void collect(TreeItem[] items, List<String> ids) {
        for (TreeItem item : items) {
            if (item.getData() instanceof IPreferenceNode node) {
                ids.add(node.getId());
                collect(item.getItems(), ids);
            }
        }
    }

    static FilteredTree filteredTree(Control control) {
        Composite parent = control.getParent();
        while (parent != null && !(parent instanceof FilteredTree)) {
            parent = parent.getParent();
        }
        return (FilteredTree) parent;
    }

    /** Presses a dialog button by its id (OK, Cancel...), as a click does. */
    static void press(Shell shell, int buttonId) {
        Button button = find(shell, Button.class, b -> Integer.valueOf(buttonId).equals(b.getData())).orElseThrow();
        button.notifyListeners(SWT.Selection, null);
        UiWait.drain();
    }

    static void pressOk(PreferenceDialog dialog) {
        press(dialog.getShell(), IDialogConstants.OK_ID);
    }

    /** The first control of a type under a composite (depth first) that satisfies a condition. */
    static <T extends Control> Optional<T> find(Composite root, Class<T> type, Predicate<T> condition) {
        for (Control child : root.getChildren()) {
            if (type.isInstance(child) && condition.test(type.cast(child))) {
                return Optional.of(type.cast(child));
            }
            if (child instanceof Composite composite) {
                Optional<T> found = find(composite, type, condition);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    /** Every control of a type under a composite. */
    static <T extends Control> List<T> findAll(Composite root, Class<T> type) {
        List<T> found = new ArrayList<>();
        for (Control child : root.getChildren()) {
            if (type.isInstance(child)) {
                found.add(type.cast(child));
            }
            if (child instanceof Composite composite) {
                found.addAll(findAll(composite, type));
            }
        }
        return found;
    }
}
