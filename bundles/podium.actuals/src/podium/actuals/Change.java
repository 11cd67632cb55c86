/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.actuals;

import java.math.BigDecimal;

import org.eclipse.emf.ecore.resource.Resource;

import podium.model.Basis;
import podium.model.Indicator;
import podium.model.Organisation;
import podium.model.Unit;
import podium.model.time.Month;

/**
 * An actual an import adds or changes, as the merge wrote it in memory: what saving the import writes.
 *
 * @param added    whether the import adds this actual (rather than replacing one stored before)
 * @param oldValue the value before the import with {@code oldUnit}; null for an actual added
 * @param file     the file that holds the actual (where it is stored, or where it was added)
 */
public record Change(boolean added, Organisation organisation, Indicator indicator, Month month, Basis basis,
        BigDecimal oldValue, Unit oldUnit, BigDecimal newValue, Unit newUnit, Resource file) {
}
