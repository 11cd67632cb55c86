/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.inspections.builtin.internal.names;

import podium.core.Severity;
import podium.inspections.Category;
import podium.inspections.Definition;
import podium.inspections.builtin.IssueCodes;
import podium.inspections.builtin.Texts;

/** Defines PDM-L002, an import written below other statements; the language reports it (a matter of the text). */
@Definition(code = IssueCodes.IMPORT_AFTER_STATEMENTS, severity = Severity.WARNING, category = Category.NAMES,
        messages = Texts.FILE)
public final class ImportBelowStatements {
}
