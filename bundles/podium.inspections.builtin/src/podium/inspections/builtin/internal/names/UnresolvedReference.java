/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.inspections.builtin.internal.names;

import podium.core.Severity;
import podium.inspections.Category;
import podium.inspections.Definition;
import podium.inspections.builtin.IssueCodes;
import podium.inspections.builtin.Texts;

/** Defines PDM-L001, a reference to an element that is not declared; the language's linker reports it. */
@Definition(code = IssueCodes.UNRESOLVED_REFERENCE, severity = Severity.ERROR, category = Category.NAMES,
        configurable = false, messages = Texts.FILE)
public final class UnresolvedReference {
}
