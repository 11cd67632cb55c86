/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.ui.internal.toolwindows;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import podium.ui.ToolWindows;
import podium.ui.internal.toolwindows.ToolWindowLayout.Place;

/** Each workspace folder gets back the tool windows it had: which are open, and on which side. */
class WorkspaceLayoutsTest {
    @TempDir
    Path temp;

    @BeforeEach
    @AfterEach
    void planningLayout() {
        Windows.reset();
    }

    @Test
    void switchingFoldersStoresTheOldLayoutAndRestoresTheNewOne() {
        Path first = temp.resolve("first");
        Path second = temp.resolve("second");
        Windows.page().hideView(Windows.page().findViewReference(ToolWindows.OUTLINE));

        WorkspaceLayouts.switched(Windows.window(), Optional.of(first), second);
        assertThat(Windows.places().isOpen(ToolWindows.OUTLINE)).as("a new folder keeps the layout on screen").isFalse();
        assertThat(WorkspaceLayouts.stored(first).orElseThrow().places()).containsEntry(ToolWindows.OUTLINE,
                new Place(Side.RIGHT, false));

        Windows.places().move(ToolWindows.PROBLEMS, Side.RIGHT);
        Windows.page().hideView(Windows.page().findViewReference(ToolWindows.EXPLORER));
        WorkspaceLayouts.switched(Windows.window(), Optional.of(second), first);

        assertThat(Windows.places().side(ToolWindows.PROBLEMS)).contains(Side.BOTTOM);
        assertThat(Windows.places().isOpen(ToolWindows.EXPLORER)).isTrue();
        assertThat(Windows.places().isOpen(ToolWindows.OUTLINE)).isFalse();
        assertThat(WorkspaceLayouts.stored(second).orElseThrow().places())
                .containsEntry(ToolWindows.PROBLEMS, new Place(Side.RIGHT, true))
                .containsEntry(ToolWindows.EXPLORER, new Place(Side.LEFT, false));
    }
}
