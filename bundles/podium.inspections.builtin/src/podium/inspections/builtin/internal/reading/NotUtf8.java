/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.inspections.builtin.internal.reading;

import podium.core.Severity;
import podium.inspections.Category;
import podium.inspections.Definition;
import podium.inspections.builtin.IssueCodes;
import podium.inspections.builtin.Texts;

/** Defines a file that is not UTF-8 text or cannot be read (PDM-X003); the language and the file reader report it. */
@Definition(code = IssueCodes.UNREADABLE, severity = Severity.ERROR, category = Category.READING, configurable = false,
        messages = Texts.FILE)
public final class NotUtf8 {
}
