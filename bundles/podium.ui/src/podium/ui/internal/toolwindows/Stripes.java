/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.ui.internal.toolwindows;

import java.util.Optional;

import org.eclipse.e4.ui.model.application.ui.MUIElement;
import org.eclipse.e4.ui.model.application.ui.basic.MTrimBar;
import org.eclipse.e4.ui.model.application.ui.basic.MTrimmedWindow;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.model.application.ui.menu.MToolControl;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.ui.IWorkbenchWindow;

/**
 * Puts the three stripes into the window's trim: left and right trim bars (made if missing, as the
 * MinMax add-on does for minimized stacks), and the bottom one before the status line. The tool
 * controls are part of the application model, so a restored window already has them.
 */
public final class Stripes {
    private static final String ID_PREFIX = "podium.ui.stripe."; //$NON-NLS-1$
    private static final String CONTROL = "bundleclass://podium.ui/" + StripeControl.class.getName(); //$NON-NLS-1$

    private Stripes() {
    }

    public static void install(IWorkbenchWindow window) {
        MWindow model = window.getService(MWindow.class);
        EModelService models = window.getService(EModelService.class);
        if (!(model instanceof MTrimmedWindow trimmed) || models == null) {
            return;
        }
        for (Side side : Side.values()) {
            MTrimBar bar = models.getTrim(trimmed, side.trim());
            if (control(bar, side).isEmpty()) {
                MToolControl control = models.createModelElement(MToolControl.class);
                control.setElementId(ID_PREFIX + side.name().toLowerCase());
                control.setContributionURI(CONTROL);
                control.getPersistedState().put(StripeControl.SIDE, side.name());
                bar.getChildren().add(0, control);
            }
        }
    }

    /** The stripe of {@code side} in {@code window}, once it is rendered. */
    public static Optional<StripeControl> of(IWorkbenchWindow window, Side side) {
        MWindow model = window.getService(MWindow.class);
        EModelService models = window.getService(EModelService.class);
        if (!(model instanceof MTrimmedWindow trimmed) || models == null) {
            return Optional.empty();
        }
        return control(models.getTrim(trimmed, side.trim()), side).map(MToolControl::getObject)
                .filter(StripeControl.class::isInstance).map(StripeControl.class::cast);
    }

    private static Optional<MToolControl> control(MTrimBar bar, Side side) {
        for (MUIElement child : bar.getChildren()) {
            if (child instanceof MToolControl control && (ID_PREFIX + side.name().toLowerCase()).equals(control.getElementId())) {
                return Optional.of(control);
            }
        }
        return Optional.empty();
    }
}
