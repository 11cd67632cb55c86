/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.lang.ui.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.eclipse.e4.ui.model.application.MAddon;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

/**
 * The workbench model fragment of podium.lang.ui adds the language's preloading add-on to the
 * application, once, and the workbench made it as it started (before its window was rendered): a wrong
 * parent id or class name in model/fragment.e4xmi would leave the add-on out or without its object.
 */
class LanguagePreloadingTest {

    @Test
    void theWorkbenchMadeThePreloadingAddOnOnce() {
        MApplication application = PlatformUI.getWorkbench().getService(MApplication.class);

        List<MAddon> preloading = application.getAddons().stream()
                .filter(addon -> "podium.lang.ui.addon.languagePreloading".equals(addon.getElementId())).toList();

        assertThat(preloading).hasSize(1);
        assertThat(preloading.get(0).getObject()).isInstanceOf(LanguagePreloading.class);
    }
}
