/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.model.persistence;

import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;

import podium.core.Problem;
import podium.core.Severity;

/**
 * What loading a file gave: the resource (null when it could not be read at all) and the problems
 * found, each with file, line and column.
 */
public record LoadResult(Resource resource, List<Problem> problems) {

    public LoadResult {
        problems = List.copyOf(problems);
    }

    /**
     * True when the resource was read completely: no error in reading it (PDM-F: XMI, PDM-X: text that is
     * not UTF-8 or does not parse), whatever the errors of its content. Writing into such a file loses
     * nothing, and an import may repair its content errors.
     */
    public boolean readable() {
        return resource != null && problems.stream().noneMatch(p -> p.severity() == Severity.ERROR
                && (p.code().startsWith("PDM-F") || p.code().startsWith("PDM-X")));
    }

    /** True when the resource was read without errors (warnings allowed). */
    public boolean ok() {
        return resource != null && problems.stream().noneMatch(p -> p.severity() == Severity.ERROR);
    }
}
