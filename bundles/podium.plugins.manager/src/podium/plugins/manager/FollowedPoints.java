/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.plugins.manager;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The extension points outside Podium's own that the running Podium follows while plugins come and go.
 * Podium's own points ({@code podium.*}) are always followed; the platform's are read only when the
 * workbench starts, unless a bridge of the workbench follows one for it (the plugins page's view bridge
 * follows {@code org.eclipse.ui.views}) and says so here, so that {@link PluginManager} asks for a
 * restart only when one is needed. A headless {@code podium plugins} follows none of them: a workbench
 * open beside it sees its changes only when it starts again.
 */
public final class FollowedPoints {

    private static final Set<String> POINTS = ConcurrentHashMap.newKeySet();

    private FollowedPoints() {
    }

    /** The running Podium now adds and removes the contributions to {@code point} as plugins come and go. */
    public static void follow(String point) {
        POINTS.add(point);
    }

    /** The running Podium no longer follows {@code point}. */
    public static void unfollow(String point) {
        POINTS.remove(point);
    }

    /** Whether a plugin's contributions to {@code point} take effect without a restart. */
    public static boolean isFollowed(String point) {
        return point.startsWith("podium.") || POINTS.contains(point); //$NON-NLS-1$
    }
}
