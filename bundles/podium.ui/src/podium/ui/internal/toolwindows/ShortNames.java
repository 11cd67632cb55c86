/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.ui.internal.toolwindows;

import java.util.Map;

import org.eclipse.ui.views.IViewDescriptor;

import podium.ui.ToolWindows;

/**
 * The short names on the stripe buttons (a stripe is one button wide): "资源" for 资源管理器. A plugin's
 * tool window shows its own name, cut to {@value #MAX_CHARS} characters.
 */
final class ShortNames {
    static final int MAX_CHARS = 6;

    private static final Map<String, String> BUILT_IN = Map.of(
            ToolWindows.EXPLORER, Messages.Stripe_explorer,
            ToolWindows.PROBLEMS, Messages.Stripe_problems,
            ToolWindows.OUTLINE, Messages.Stripe_outline,
            ToolWindows.REPORTS, Messages.Stripe_reports);

    private ShortNames() {
    }

    static String of(IViewDescriptor view) {
        String name = BUILT_IN.get(view.getId());
        if (name != null) {
            return name;
        }
        String label = view.getLabel();
        return label.length() <= MAX_CHARS ? label : label.substring(0, MAX_CHARS - 1) + '…';
    }
}
