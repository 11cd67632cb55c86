/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.inspections.internal;

import podium.core.Severity;
import podium.inspections.Category;
import podium.inspections.Definition;
import podium.inspections.Inspector;

/** PDM-S002: an inspection failed (threw, or its class could not be created); the run reports it and goes on. */
@Definition(code = Inspector.FAILED, severity = Severity.ERROR, category = Category.SETTINGS, configurable = false)
public final class InspectionFailed {
}
