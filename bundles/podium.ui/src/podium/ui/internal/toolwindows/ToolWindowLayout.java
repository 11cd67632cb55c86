/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.ui.internal.toolwindows;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Which tool windows are open and on which side, as one line of text for the dialog settings:
 * {@code podium.ui.views.explorer=LEFT:open;podium.ui.views.outline=RIGHT:hidden}. Unknown sides and
 * malformed entries are skipped when read, so a stored layout from another version never fails.
 */
public record ToolWindowLayout(Map<String, Place> places) {

    /** One tool window's side and whether it is open. */
    public record Place(Side side, boolean open) {
    }

    private static final String OPEN = "open"; //$NON-NLS-1$
    private static final String HIDDEN = "hidden"; //$NON-NLS-1$

    public ToolWindowLayout {
        places = Map.copyOf(places);
    }

    /** The layout of the tool windows in {@code viewIds} (in that order) that have a place. */
    public static ToolWindowLayout of(ToolWindowPlaces in, Iterable<String> viewIds) {
        Map<String, Place> places = new LinkedHashMap<>();
        for (String id : viewIds) {
            in.side(id).ifPresent(side -> places.put(id, new Place(side, in.isOpen(id))));
        }
        return new ToolWindowLayout(places);
    }

    public String format() {
        StringBuilder text = new StringBuilder();
        places.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(entry -> {
            if (!text.isEmpty()) {
                text.append(';');
            }
            text.append(entry.getKey()).append('=').append(entry.getValue().side()).append(':')
                    .append(entry.getValue().open() ? OPEN : HIDDEN);
        });
        return text.toString();
    }

    public static ToolWindowLayout parse(String text) {
        Map<String, Place> places = new LinkedHashMap<>();
        for (String entry : text == null ? new String[0] : text.split(";")) { //$NON-NLS-1$
            String[] idAndPlace = entry.split("=", 2); //$NON-NLS-1$
            String[] sideAndState = idAndPlace.length == 2 ? idAndPlace[1].split(":", 2) : new String[0]; //$NON-NLS-1$
            if (sideAndState.length == 2 && !idAndPlace[0].isBlank()) {
                side(sideAndState[0]).ifPresent(side -> places.put(idAndPlace[0].trim(),
                        new Place(side, OPEN.equals(sideAndState[1]))));
            }
        }
        return new ToolWindowLayout(places);
    }

    private static Optional<Side> side(String name) {
        for (Side side : Side.values()) {
            if (side.name().equals(name)) {
                return Optional.of(side);
            }
        }
        return Optional.empty();
    }
}
