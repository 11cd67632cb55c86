/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.inspections.builtin.internal.reading;

import podium.core.Severity;
import podium.inspections.Category;
import podium.inspections.Definition;
import podium.inspections.builtin.IssueCodes;
import podium.inspections.builtin.Texts;

/** Defines blocks nested deeper than podium.core.Limits allows (PDM-X007); the file reader reports it before parsing. */
@Definition(code = IssueCodes.TOO_DEEP, severity = Severity.ERROR, category = Category.READING, configurable = false,
        messages = Texts.FILE)
public final class TooDeep {
}
