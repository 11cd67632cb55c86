/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.ui.internal.toolwindows;

import org.eclipse.osgi.util.NLS;

/** The tool windows' stripes and distraction-free mode; {@code messages*.properties} are UTF-8. */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "podium.ui.internal.toolwindows.messages"; //$NON-NLS-1$

    public static String Stripe_tooltip;
    public static String Stripe_explorer;
    public static String Stripe_problems;
    public static String Stripe_outline;
    public static String Stripe_reports;
    public static String Stripe_moveLeft;
    public static String Stripe_moveRight;
    public static String Stripe_moveBottom;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }

    static String moveTo(Side side) {
        return switch (side) {
            case LEFT -> Stripe_moveLeft;
            case RIGHT -> Stripe_moveRight;
            case BOTTOM -> Stripe_moveBottom;
        };
    }
}
