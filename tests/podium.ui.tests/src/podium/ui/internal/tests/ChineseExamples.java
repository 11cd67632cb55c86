/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.ui.internal.tests;

import static org.assertj.core.api.Assertions.assertThat;

import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import podium.testing.Folders;
import podium.testing.UiWait;
import podium.ui.internal.workspace.LinkedFolders;

/**
 * A copy of examples/ opened in the workbench started in Chinese, for the tests of what it shows in
 * Chinese ({@code @RegisterExtension static}): opened before the class's tests, every editor closed
 * unsaved after each, the project's own area removed after all (the linked copy is left alone).
 */
final class ChineseExamples implements BeforeAllCallback, AfterEachCallback, AfterAllCallback {

    private final String name;
    private IFolder folder;

    /** A fresh copy named {@code name}. */
    ChineseExamples(String name) {
        this.name = name;
    }

    IFolder folder() {
        return folder;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        assertThat(Platform.getNL()).as("the runtime is started with -nl zh_CN").isEqualTo("zh_CN");
        folder = new LinkedFolders(ResourcesPlugin.getWorkspace().getRoot()).open(Folders.examplesCopy(name), null);
        UiWait.drain();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Workbench.page().closeAllEditors(false);
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        folder.getProject().delete(true, true, null);
    }
}
