/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.ui.internal.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.bindings.Binding;
import org.eclipse.jface.bindings.keys.KeySequence;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.keys.IBindingService;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import podium.ui.ToolWindows;

/** Each tool window shortcut reaches its toggle command and no other binding claims the key. */
class KeyBindingsTest {

    static List<Map.Entry<String, String>> shortcuts() {
        return List.of(Map.entry("M3+1", ToolWindows.TOGGLE_EXPLORER), Map.entry("M3+6", ToolWindows.TOGGLE_PROBLEMS),
                Map.entry("M3+7", ToolWindows.TOGGLE_OUTLINE), Map.entry("M3+9", ToolWindows.TOGGLE_REPORTS));
    }

    @ParameterizedTest
    @MethodSource("shortcuts")
    void shortcutTogglesItsToolWindowOnly(Map.Entry<String, String> shortcut) throws Exception {
        IBindingService bindings = PlatformUI.getWorkbench().getService(IBindingService.class);
        KeySequence keys = KeySequence.getInstance(shortcut.getKey());

        Binding match = bindings.getPerfectMatch(keys);
        assertThat(match).as("binding for %s", shortcut.getKey()).isNotNull();
        assertThat(match.getParameterizedCommand().getId()).isEqualTo(shortcut.getValue());

        List<Binding> sameKeys = Arrays.stream(bindings.getBindings())
                .filter(b -> b.getTriggerSequence().equals(keys))
                .filter(b -> b.getSchemeId().equals(bindings.getActiveScheme().getId())
                        || b.getSchemeId().equals("org.eclipse.ui.defaultAcceleratorConfiguration"))
                .filter(b -> b.getParameterizedCommand() != null)
                .toList();
        assertThat(sameKeys).extracting(b -> b.getParameterizedCommand().getId()).containsOnly(shortcut.getValue());
    }
}
