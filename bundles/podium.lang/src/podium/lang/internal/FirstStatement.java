/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.lang.internal;

import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

import podium.model.PlanningFile;

/**
 * Where a file's first statement (not an import) stands as written: imports belong above it
 * (PDM-L002), its quick fix moves them there, and content assist proposes import only above it.
 */
public final class FirstStatement {

    private FirstStatement() {
    }

    /** The node of the file's first statement, or null when it has none or was not parsed from text. */
    public static INode node(PlanningFile file) {
        return file.getElements().isEmpty() ? null : NodeModelUtils.getNode(file.getElements().get(0));
    }

    /** Whether the file's first statement starts before {@code offset}. */
    public static boolean startsBefore(PlanningFile file, int offset) {
        INode first = node(file);
        return first != null && first.getOffset() < offset;
    }
}
