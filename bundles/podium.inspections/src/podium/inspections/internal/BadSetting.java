/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.inspections.internal;

import podium.core.Severity;
import podium.inspections.Category;
import podium.inspections.Definition;
import podium.inspections.Severities;

/** PDM-S001: a line of a severities file names an unknown code or severity, or an inspection that cannot change. */
@Definition(code = Severities.BAD_SETTING, severity = Severity.ERROR, category = Category.SETTINGS, configurable = false)
public final class BadSetting {
}
