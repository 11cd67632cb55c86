/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.actuals.internal;

import podium.actuals.Field;

/** A field's name as messages show it: the mapping key in English, the usual header title in Chinese. */
public final class FieldNames {

    private FieldNames() {
    }

    public static String of(Field field) {
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
