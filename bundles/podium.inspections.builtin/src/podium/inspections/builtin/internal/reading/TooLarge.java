/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.inspections.builtin.internal.reading;

import podium.core.Severity;
import podium.inspections.Category;
import podium.inspections.Definition;
import podium.inspections.builtin.IssueCodes;
import podium.inspections.builtin.Texts;

/** Defines a file or workspace beyond podium.core.Limits (PDM-X006); the file reader reports it. */
@Definition(code = IssueCodes.TOO_LARGE, severity = Severity.ERROR, category = Category.READING, configurable = false,
        messages = Texts.FILE)
public final class TooLarge {
}
