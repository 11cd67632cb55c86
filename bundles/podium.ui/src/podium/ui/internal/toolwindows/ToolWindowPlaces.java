/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.ui.internal.toolwindows;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.e4.ui.model.application.ui.MElementContainer;
import org.eclipse.e4.ui.model.application.ui.MGenericTile;
import org.eclipse.e4.ui.model.application.ui.MUIElement;
import org.eclipse.e4.ui.model.application.ui.advanced.MPerspective;
import org.eclipse.e4.ui.model.application.ui.advanced.MPlaceholder;
import org.eclipse.e4.ui.model.application.ui.basic.MPartSashContainerElement;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.workbench.modeling.EModelService;

/**
 * Where tool windows sit in a perspective of the application model: the side of the editor area they
 * are docked on, whether they are open, and moving one to another side. A tool window is an
 * {@link MPlaceholder} whose id is the view id (the 3.x compatibility layer's shape); hidden ones keep
 * their placeholder with {@code toBeRendered} false, so their side is known while they are closed.
 */
public final class ToolWindowPlaces {
    /** The id of the editor area's placeholder in every compatibility-layer perspective. */
    public static final String EDITOR_AREA = "org.eclipse.ui.editorss"; //$NON-NLS-1$

    private final MPerspective perspective;
    private final EModelService models;

    public ToolWindowPlaces(MPerspective perspective, EModelService models) {
        this.perspective = perspective;
        this.models = models;
    }

    /** The perspective's placeholder of the shared editor area (not the area itself, which the window holds). */
    private MUIElement editorArea() {
        return models.findElements(perspective, EDITOR_AREA, MPlaceholder.class, null).stream().findFirst().orElse(null);
    }

    /** The tool window's placeholder in this perspective, if it has ever been placed there. */
    public Optional<MPlaceholder> placeholder(String viewId) {
        return models.findElements(perspective, viewId, MPlaceholder.class, null).stream().findFirst();
    }

    /** The side the tool window is docked on; empty if it was never placed or floats in its own window. */
    public Optional<Side> side(String viewId) {
        MUIElement editors = editorArea();
        return placeholder(viewId).flatMap(placeholder -> editors == null ? Optional.empty() : sideOf(placeholder, editors));
    }

    /** Whether the tool window has a tab, seen or behind another one in its stack. */
    public boolean hasTab(String viewId) {
        return placeholder(viewId).map(p -> p.isToBeRendered() && p.isVisible()).orElse(false);
    }

    /** Open means rendered and the selected tab of its stack (a tab behind another one is not seen). */
    public boolean isOpen(String viewId) {
        return placeholder(viewId).map(p -> p.isToBeRendered() && p.isVisible()
                && (stackOf(p) == null || stackOf(p).getSelectedElement() == p)).orElse(false);
    }

    /**
     * Docks the tool window on {@code side}: into the stack of another tool window already there, else
     * into a new stack beside the editor area. The window keeps its open or hidden state.
     */
    public void move(String viewId, Side side) {
        MPlaceholder placeholder = placeholder(viewId).orElse(null);
        MUIElement editors = editorArea();
        if (placeholder == null || editors == null || side(viewId).orElse(null) == side) {
            return;
        }
        MPartStack target = stackOn(side, placeholder, editors);
        MPartStack from = stackOf(placeholder);
        boolean selected = from != null && from.getSelectedElement() == placeholder;
        models.move(placeholder, target);
        if (selected && placeholder.isToBeRendered()) {
            target.setSelectedElement(placeholder);
        }
        target.setToBeRendered(true);
        target.setVisible(true);
    }

    private MPartStack stackOn(Side side, MPlaceholder moving, MUIElement editors) {
        for (MPlaceholder other : models.findElements(perspective, null, MPlaceholder.class, null)) {
            MPartStack stack = stackOf(other);
            if (other != moving && stack != null && other.getParent() != moving.getParent()
                    && !other.getElementId().equals(EDITOR_AREA) && sideOf(other, editors).orElse(null) == side) {
                return stack;
            }
        }
        MPartStack stack = models.createModelElement(MPartStack.class);
        stack.setElementId("podium.ui.toolWindows." + side.name().toLowerCase()); //$NON-NLS-1$
        int where = switch (side) {
            case LEFT -> EModelService.LEFT_OF;
            case RIGHT -> EModelService.RIGHT_OF;
            case BOTTOM -> EModelService.BELOW;
        };
        models.insert(stack, (MPartSashContainerElement) editors, where, side == Side.BOTTOM ? 0.3f : 0.22f);
        return stack;
    }

    /**
     * The side of {@code element} relative to {@code editors}: found at their closest common sash, from
     * its orientation and which of its children comes first. Above the editor area counts as left.
     */
    static Optional<Side> sideOf(MUIElement element, MUIElement editors) {
        List<MUIElement> up = ancestors(element);
        MUIElement child = editors;
        for (MElementContainer<?> parent = editors.getParent(); parent != null; child = parent, parent = parent.getParent()) {
            int at = up.indexOf(parent);
            if (at > 0) {
                if (!(parent instanceof MGenericTile<?> tile)) {
                    return Optional.empty();
                }
                boolean before = parent.getChildren().indexOf(up.get(at - 1)) < parent.getChildren().indexOf(child);
                if (tile.isHorizontal()) {
                    return Optional.of(before ? Side.LEFT : Side.RIGHT);
                }
                return Optional.of(before ? Side.LEFT : Side.BOTTOM);
            }
        }
        return Optional.empty();
    }

    /** The stack holding {@code element}, or null (the model's generics need the detour through Object). */
    private static MPartStack stackOf(MUIElement element) {
        Object parent = element.getParent();
        return parent instanceof MPartStack stack ? stack : null;
    }

    private static List<MUIElement> ancestors(MUIElement element) {
        List<MUIElement> chain = new ArrayList<>();
        for (MUIElement at = element; at != null; at = at.getParent()) {
            chain.add(at);
        }
        return chain;
    }
}
