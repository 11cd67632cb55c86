/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.ui.internal.toolwindows;

import static org.assertj.core.api.Assertions.assertThat;

import org.eclipse.e4.ui.model.application.ui.advanced.MPerspective;
import org.eclipse.e4.ui.model.application.ui.advanced.MPlaceholder;
import org.eclipse.e4.ui.model.application.ui.basic.MPartSashContainer;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Sides and moves on a perspective built by hand, shaped as the Planning perspective is:
 * [explorer | [tasks above the editor area above (problems, reports)] | outline], left to right.
 */
class ToolWindowPlacesTest {
    private final EModelService models = PlatformUI.getWorkbench().getService(EModelService.class);
    private MPerspective perspective;
    private MPartStack bottom;
    private ToolWindowPlaces places;

    @BeforeEach
    void perspective() {
        perspective = models.createModelElement(MPerspective.class);
        MPartSashContainer across = sash(true);
        perspective.getChildren().add(across);
        MPartSashContainer middle = sash(false);
        bottom = stack("problems", "reports");
        middle.getChildren().add(stack("tasks"));
        middle.getChildren().add(placeholder(ToolWindowPlaces.EDITOR_AREA));
        middle.getChildren().add(bottom);
        across.getChildren().add(stack("explorer"));
        across.getChildren().add(middle);
        across.getChildren().add(stack("outline"));
        places = new ToolWindowPlaces(perspective, models);
    }

    @Test
    void sideIsWhereTheWindowIsBesideTheEditorArea() {
        assertThat(places.side("explorer")).contains(Side.LEFT);
        assertThat(places.side("outline")).contains(Side.RIGHT);
        assertThat(places.side("problems")).contains(Side.BOTTOM);
        assertThat(places.side("reports")).contains(Side.BOTTOM);
        assertThat(places.side("tasks")).as("above the editors: the left stripe").contains(Side.LEFT);
        assertThat(places.side("never placed")).isEmpty();
    }

    @Test
    void openMeansRenderedAndTheSelectedTab() {
        bottom.setSelectedElement(places.placeholder("reports").orElseThrow());
        assertThat(places.isOpen("reports")).isTrue();
        assertThat(places.isOpen("problems")).as("behind the reports tab").isFalse();
        places.placeholder("explorer").orElseThrow().setToBeRendered(false);
        assertThat(places.isOpen("explorer")).isFalse();
        assertThat(places.isOpen("outline")).isTrue();
    }

    @Test
    void movingJoinsTheStackOfAWindowOnThatSide() {
        places.move("outline", Side.BOTTOM);

        assertThat(places.side("outline")).contains(Side.BOTTOM);
        assertThat(places.placeholder("outline").orElseThrow().getParent()).isSameAs(bottom);
        assertThat(bottom.getChildren()).hasSize(3);
    }

    @Test
    void movingToASideWithNoWindowMakesAStackBesideTheEditorArea() {
        places.move("problems", Side.RIGHT);
        places.move("reports", Side.RIGHT);
        places.move("outline", Side.LEFT);

        assertThat(places.side("problems")).contains(Side.RIGHT);
        assertThat(places.side("reports")).contains(Side.RIGHT);
        assertThat(places.side("outline")).contains(Side.LEFT);
        assertThat(places.placeholder("reports").orElseThrow().getParent())
                .isSameAs(places.placeholder("problems").orElseThrow().getParent());
        places.move("problems", Side.BOTTOM);
        assertThat(places.side("problems")).contains(Side.BOTTOM);
    }

    private MPartSashContainer sash(boolean horizontal) {
        MPartSashContainer sash = models.createModelElement(MPartSashContainer.class);
        sash.setHorizontal(horizontal);
        return sash;
    }

    private MPartStack stack(String... ids) {
        MPartStack stack = models.createModelElement(MPartStack.class);
        for (String id : ids) {
            stack.getChildren().add(placeholder(id));
        }
        stack.setSelectedElement(stack.getChildren().get(0));
        return stack;
    }

    private MPlaceholder placeholder(String id) {
        MPlaceholder placeholder = models.createModelElement(MPlaceholder.class);
        placeholder.setElementId(id);
        return placeholder;
    }
}
