/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.reports.export.internal;

import org.eclipse.osgi.util.NLS;

import podium.reports.api.ReportData;

/** The words every export format adds around a report's content, in the user's language. */
public final class ReportWords {

    private ReportWords() {
    }

    /** A parameter as shown under the title: {@code 截至月份：2004年8月}. */
    public static String parameter(ReportData.Parameter parameter) {
        return NLS.bind(Messages.Parameter_line, parameter.label(), parameter.value());
    }

    /** The heading over what the report left out. */
    public static String omissionsHeading() {
        return Messages.Omissions_heading;
    }

    /** One thing the report left out, as an item of a plain-text list. */
    public static String omission(String omission) {
        return NLS.bind(Messages.Omissions_item, omission);
    }
}
