/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.inspections.builtin.internal.reading;

import podium.core.Severity;
import podium.inspections.Category;
import podium.inspections.Definition;
import podium.inspections.builtin.IssueCodes;
import podium.inspections.builtin.Texts;

/** Defines an impossible number, date, month or period (PDM-X002); the language and the file reader report it. */
@Definition(code = IssueCodes.BAD_VALUE, severity = Severity.ERROR, category = Category.READING, configurable = false,
        messages = Texts.FILE)
public final class ImpossibleValue {
}
