/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.actuals.ui.internal;

import podium.actuals.Field;

/** The names of mapping fields in the user's language. */
final class FieldLabels {

    private FieldLabels() {
    }

    static String of(Field field) {
        return switch (field) {
            case ORGANISATION -> Messages.Field_organisation;
            case INDICATOR -> Messages.Field_indicator;
            case MONTH -> Messages.Field_month;
            case VALUE -> Messages.Field_value;
            case UNIT -> Messages.Field_unit;
            case BASIS -> Messages.Field_basis;
            case PREVIOUS_YEAR -> Messages.Field_previousYear;
            case SOURCE -> Messages.Field_source;
            case REPORT_DATE -> Messages.Field_reportDate;
        };
    }
}
