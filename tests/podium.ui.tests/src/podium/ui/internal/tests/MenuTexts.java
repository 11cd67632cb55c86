/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.ui.internal.tests;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.action.IContributionItem;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.ui.menus.CommandContributionItem;

import podium.testing.UiWait;

/** The items of a menu as SWT shows them, submenus included: the labels a user reads when it opens. */
final class MenuTexts {

    /**
     * One item: the labels of the submenus it is in ({@code "团队 > "}), its own label without mnemonic
     * and accelerator, and the id of its contribution (its command's when it has one) to find who declares it.
     */
    record Item(String path, String label, String id) {
        @Override
        public String toString() {
            return path + label + (id == null || id.isEmpty() ? "" : "  [" + id + "]");
        }
    }

    private MenuTexts() {
    }

    /** Fills {@code menu} and its submenus as opening them does, and reads their items. */
    static List<Item> items(Menu menu) {
        List<Item> items = new ArrayList<>();
        collect(menu, "", items);
        return items;
    }

    private static void collect(Menu menu, String path, List<Item> items) {
        // the items of a menu are made when it is about to show
        menu.notifyListeners(SWT.Show, new Event());
        UiWait.drain();
        for (MenuItem item : menu.getItems()) {
            if ((item.getStyle() & SWT.SEPARATOR) != 0 || !item.isEnabled() && item.getText().isEmpty()) {
                continue;
            }
            String label = item.getText().split("\t")[0].replace("&", "");
            items.add(new Item(path, label, id(item.getData())));
            if (item.getMenu() != null) {
                collect(item.getMenu(), path + label + " > ", items);
            }
        }
        menu.notifyListeners(SWT.Hide, new Event());
    }

    private static String id(Object data) {
        if (data instanceof CommandContributionItem command && command.getCommand() != null) {
            return command.getCommand().getId();
        }
        return data instanceof IContributionItem contribution ? contribution.getId() : null;
    }

    /** A label with letters and no Chinese character. */
    static boolean isEnglish(String label) {
        return label != null && label.chars().anyMatch(Character::isLetter)
                && label.codePoints().noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }
}
