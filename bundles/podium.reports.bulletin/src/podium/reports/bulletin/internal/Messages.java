/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.reports.bulletin.internal;

import org.eclipse.osgi.util.NLS;

/** What the bulletin report tells the user, in messages.properties (English) and messages_zh_CN.properties. */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "podium.reports.bulletin.internal.messages"; //$NON-NLS-1$

    public static String BulletinReport_noMonth;
    public static String BulletinReport_noOrganisation;
    public static String BulletinReport_monthOutsidePeriod;
    public static String BulletinReport_nothingToReport;
    public static String BulletinReport_badDate;
    public static String BulletinReport_badLaggards;
    public static String Parameter_month;
    public static String Parameter_period;
    public static String Parameter_organisation;
    public static String Parameter_template;
    public static String Template_builtIn;
    public static String Template_error;
    public static String Template_unreadable;
    public static String Template_decimal;
    public static String Template_missingArgument;
    public static String Template_notNumber;
    public static String Template_notUnit;
    public static String Template_notMovement;
    public static String Template_notList;
    public static String Template_notDate;
    public static String Blocks_at;
    public static String Blocks_noTitle;
    public static String Blocks_secondTitle;
    public static String Blocks_tooDeep;
    public static String Blocks_empty;
    public static String Blocks_unknownDirective;
    public static String Blocks_secondTable;
    public static String Omission_noReport;
    public static String Omission_noData;
    public static String Omission_growthBase;
    public static String Omission_noTarget;
    public static String Omission_noTable;
    public static String Omission_problems;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
