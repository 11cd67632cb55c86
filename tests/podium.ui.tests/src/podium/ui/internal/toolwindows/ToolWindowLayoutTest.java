/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.ui.internal.toolwindows;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import podium.ui.internal.toolwindows.ToolWindowLayout.Place;

/** The stored form of a layout: written sorted by id, read back whole, bad entries skipped. */
class ToolWindowLayoutTest {

    @Test
    void writesOneEntryPerWindowSortedById() {
        ToolWindowLayout layout = new ToolWindowLayout(Map.of("b.outline", new Place(Side.RIGHT, false),
                "a.explorer", new Place(Side.LEFT, true)));

        assertThat(layout.format()).isEqualTo("a.explorer=LEFT:open;b.outline=RIGHT:hidden");
    }

    @Test
    void readsWhatItWrote() {
        ToolWindowLayout read = ToolWindowLayout.parse("a.explorer=LEFT:open;b.outline=BOTTOM:hidden");

        assertThat(read.places()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "a.explorer", new Place(Side.LEFT, true), "b.outline", new Place(Side.BOTTOM, false)));
    }

    @Test
    void skipsEntriesItCannotRead() {
        ToolWindowLayout read = ToolWindowLayout.parse("a=TOP:open;b=LEFT;=LEFT:open;c;d=RIGHT:open;;");

        assertThat(read.places()).containsExactly(Map.entry("d", new Place(Side.RIGHT, true)));
        assertThat(ToolWindowLayout.parse(null).places()).isEmpty();
        assertThat(ToolWindowLayout.parse("").places()).isEmpty();
    }
}
