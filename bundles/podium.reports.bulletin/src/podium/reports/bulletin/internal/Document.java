/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.reports.bulletin.internal;

import org.eclipse.osgi.util.NLS;

/**
 * The words of the bulletin document itself (table headers, notes, joining words), in document.properties:
 * always Chinese, whatever the user's language, since the bulletin is a Chinese official document.
 */
public final class Document extends NLS {
    private static final String BUNDLE_NAME = "podium.reports.bulletin.internal.document"; //$NON-NLS-1$

    public static String Column_unit;
    public static String Column_amount;
    public static String Column_amountNoUnit;
    public static String Column_completion;
    public static String Column_growth;
    public static String Row_total;
    public static String Table_title;
    public static String Empty_noTarget;
    public static String Empty_noReport;
    public static String Empty_noCompletion;
    public static String Empty_noBase;
    public static String Note_ranks;
    public static String Note_noTarget;
    public static String Note_noReport;
    public static String Note_noReportExcluded;
    public static String Note_noBase;
    public static String Note_noCompletion;
    public static String Note_own;
    public static String Note_outside;
    public static String Note_rounding;
    public static String Words_counties;
    public static String Words_departments;
    public static String Words_units;
    public static String Words_all;
    public static String Words_and;
    public static String Words_list;
    public static String Words_months;
    public static String Words_month;
    public static String Words_monthOnly;
    public static String Words_statistics;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Document.class);
    }

    private Document() {
    }
}
