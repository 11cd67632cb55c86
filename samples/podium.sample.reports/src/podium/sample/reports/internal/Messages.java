/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.sample.reports.internal;

import org.eclipse.osgi.util.NLS;

/** The sample's texts in messages.properties (English) and messages_zh_CN.properties (Chinese). */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "podium.sample.reports.internal.messages"; //$NON-NLS-1$

    public static String Report_title;
    public static String Report_month;
    public static String Report_parent;
    public static String Report_tableTitle;
    public static String Report_noIndicator;
    public static String Report_noOrganisation;
    public static String Report_noMonth;
    public static String Report_noGrowth;
    public static String Report_noGrowthReason;
    public static String Report_noData;
    public static String Report_averageNote;
    public static String Column_unit;
    public static String Column_toDate;
    public static String Column_lastYear;
    public static String Column_growth;
    public static String Column_vsAverage;
    public static String Column_place;
    public static String Chart_title;
    public static String Chart_average;
    public static String Fix_lowerStrive;
    public static String View_refresh;
    public static String View_noFolder;
    public static String View_reading;
    public static String View_job;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
