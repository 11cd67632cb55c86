/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.cli.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import podium.lang.tools.PodiumWorkspace;

/**
 * The daemon's workspace, kept in memory between its {@code podium validate} commands: the next command
 * over the same arguments parses again only the files that changed and those linking into them
 * ({@link PodiumWorkspace#refresh()}) and validates the rest as it is. One workspace is kept, the last:
 * a command over other arguments replaces it, which bounds the daemon's memory. It is kept by the
 * thread that serves the commands (as {@link WorkingDirectory} is that thread's), so that nothing else
 * in the same process, a one-shot run of a test beside an in-process daemon, shares it.
 */
public final class WarmWorkspace {

    private record Kept(List<Map.Entry<Path, String>> arguments, PodiumWorkspace workspace) {
    }

    /** Null where nothing is kept: every thread but the daemon's. */
    private static final ThreadLocal<Kept[]> KEPT = new ThreadLocal<>();

    private WarmWorkspace() {
    }

    /** Keeps workspaces in this thread from now on (the daemon's: a one-shot run has nothing to keep them for). */
    public static void enable() {
        KEPT.set(new Kept[1]);
    }

    /**
     * The kept workspace over {@code arguments} (each file or folder as located, and as the user wrote it),
     * brought up to date, and no longer kept until {@link #keep} (a command that fails half-way must not
     * leave it half-updated for the next); null when there is none or it cannot be brought up to date in
     * place.
     */
    public static PodiumWorkspace reuse(List<Map.Entry<Path, String>> arguments) {
        Kept[] slot = KEPT.get();
        if (slot == null || slot[0] == null) {
            return null;
        }
        Kept kept = slot[0];
        slot[0] = null; // a workspace that cannot be reused is garbage before the new one is read
        return kept.arguments().equals(arguments) && kept.workspace().refresh() ? kept.workspace() : null;
    }

    /** Keeps {@code workspace}, read from {@code arguments}, for the next command (in the daemon's thread). */
    public static void keep(List<Map.Entry<Path, String>> arguments, PodiumWorkspace workspace) {
        Kept[] slot = KEPT.get();
        if (slot != null) {
            slot[0] = new Kept(List.copyOf(arguments), workspace);
        }
    }
}
