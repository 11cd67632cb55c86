/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.actuals.ui.internal;

import java.math.BigDecimal;

import org.eclipse.emf.common.util.URI;

import podium.actuals.Change;
import podium.model.Basis;
import podium.model.Indicator;
import podium.model.Organisation;
import podium.model.Unit;
import podium.model.units.Units;

/** The cells of a change on the check page: the names a planner knows, values with their unit. */
final class ChangeLabels {

    private ChangeLabels() {
    }

    static String organisation(Change change) {
        Organisation o = change.organisation();
        return o == null ? "" : shown(o.getTitle(), o.getName()); //-NLS-1$
    }

    static String indicator(Change change) {
        Indicator i = change.indicator();
        return i == null ? "" : shown(i.getTitle(), i.getName()); //-NLS-1$
    }

    static String basis(Change change) {
        return change.basis() == Basis.MONTHLY ? Messages.CheckPage_monthly : Messages.CheckPage_cumulative;
    }

    /** The value before the import; empty for an actual the import adds. */
    static String before(Change change) {
        return change.added() ? "" : value(change.oldValue(), change.oldUnit(), change.indicator()); //-NLS-1$
    }

    static String after(Change change) {
        return value(change.newValue(), change.newUnit(), change.indicator());
    }

    /** The file the actual is written to, without its folder. */
    static String file(Change change) {
        return change.file() == null || change.file().getURI() == null ? "" //-NLS-1$
                : URI.decode(change.file().getURI().lastSegment());
    }

    private static String value(BigDecimal value, Unit unit, Indicator indicator) {
        if (value == null) {
            return ""; //-NLS-1$
        }
        Unit shown = Units.effective(unit, indicator);
        return shown == null || shown == Unit.NONE ? value.toPlainString() : value.toPlainString() + " " + shown.getLiteral(); //-NLS-1$
    }

    private static String shown(String title, String name) {
        return title != null && !title.isBlank() ? title : name;
    }
}
