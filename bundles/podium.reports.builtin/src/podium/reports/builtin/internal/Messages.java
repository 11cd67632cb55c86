/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.reports.builtin.internal;

import org.eclipse.osgi.util.NLS;

/** The built-in reports' texts, in messages.properties (English) and messages_zh_CN.properties. */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "podium.reports.builtin.internal.messages"; //$NON-NLS-1$

    // Common: parameters shown above a report, list separator, omissions
    public static String Parameter_asOf;
    public static String Parameter_period;
    public static String Parameter_organisation;
    public static String Parameter_indicators;
    public static String Parameter_peerGroup;
    public static String Parameter_all;
    public static String Parameter_ownGroup;
    public static String Parameter_stalledMonths;
    public static String Parameter_dueWithinDays;
    public static String Parameter_speech;
    public static String Period_year;
    public static String Period_firstHalf;
    public static String Period_secondHalf;
    public static String Period_quarter;
    public static String Period_month;
    public static String List_separator;
    public static String Report_noAsOf;
    public static String Report_badOption;
    public static String Omission_at;
    public static String Omission_what;
    public static String Omission_targetIndicator;
    public static String Omission_targetOrganisation;
    public static String Omission_shareOrganisation;
    public static String Omission_targetUnusable;
    public static String Omission_noLevel;
    public static String Omission_unitsDiffer;
    public static String Omission_unitsWithoutData;
    public static String Omission_actualUnresolved;
    public static String Omission_actualNoMonth;
    public static String Omission_actualUnit;
    public static String Omission_rankUnresolved;
    public static String Omission_rankOutOfRange;
    public static String Omission_projectOrganisation;
    public static String Omission_projectUnit;
    public static String Omission_measureOwner;
    public static String Omission_measureDeadline;

    // Column headers
    public static String Column_indicator;
    public static String Column_organisation;
    public static String Column_guarantee;
    public static String Column_strive;
    public static String Column_unit;
    public static String Column_actual;
    public static String Column_actualIn;
    public static String Column_completionGuarantee;
    public static String Column_completionStrive;
    public static String Column_completion;
    public static String Column_elapsed;
    public static String Column_gap;
    public static String Column_yoy;
    public static String Column_status;
    public static String Column_group;
    public static String Column_measure;
    public static String Column_rank;
    public static String Column_previousRank;
    public static String Column_movement;
    public static String Column_groupYoy;
    public static String Column_differenceFromGroup;
    public static String Column_lastMonth;
    public static String Column_lastActual;
    public static String Column_stage;
    public static String Column_projects;
    public static String Column_signedProjects;
    public static String Column_contract;
    public static String Column_paidIn;
    public static String Column_contractIn;
    public static String Column_paidInIn;
    public static String Column_conversion;
    public static String Column_rate;
    public static String Column_value;
    public static String Column_definition;
    public static String Column_project;
    public static String Column_leader;
    public static String Column_responsibleLeader;
    public static String Column_since;
    public static String Column_daysStalled;
    public static String Column_stalledProjects;
    public static String Column_measureTitle;
    public static String Column_owner;
    public static String Column_coOwners;
    public static String Column_due;
    public static String Column_completed;
    public static String Column_daysOverdue;
    public static String Column_daysLeft;
    public static String Column_daysLate;
    public static String Column_speech;
    public static String Column_line;
    public static String Column_quote;
    public static String Column_period;
    public static String Column_figure;
    public static String Column_modelValue;
    public static String Column_comparedWith;
    public static String Column_result;
    public static String Column_note;
    public static String Column_figures;

    // Why a cell is empty (-)
    public static String Empty_noGuarantee;
    public static String Empty_noStrive;
    public static String Empty_noActual;
    public static String Empty_noTarget;
    public static String Empty_zeroTarget;
    public static String Empty_levelZero;
    public static String Empty_noLastYear;
    public static String Empty_lastYearZero;
    public static String Empty_lastYearMissingFrom;
    public static String Empty_ratioGrowth;
    public static String Empty_noGrowth;
    public static String Empty_groupTooFew;
    public static String Empty_noPreviousRank;
    public static String Empty_neverReported;
    public static String Empty_lastStage;
    public static String Empty_noProjectReached;
    public static String Empty_noSignedContract;
    public static String Empty_noSignedProject;
    public static String Empty_notApplicable;
    public static String Empty_noLeader;
    public static String Empty_notCompleted;

    // Progress report
    public static String Progress_title;
    public static String Progress_table;
    public static String Progress_chart;
    public static String Progress_rolledUp;
    public static String Progress_rolledUpMissing;

    // Ranking report
    public static String Ranking_title;
    public static String Ranking_ranksTable;
    public static String Ranking_noRanks;
    public static String Ranking_noRanksLatest;
    public static String Ranking_byTotal;
    public static String Ranking_byGrowth;
    public static String Ranking_growthTable;
    public static String Ranking_groupGrowthNote;
    public static String Ranking_unitsTable;
    public static String Ranking_bracketNote;
    public static String Ranking_chart;
    public static String Ranking_line;

    // Zero-progress report
    public static String ZeroProgress_title;
    public static String ZeroProgress_zeroTable;
    public static String ZeroProgress_noReportTable;
    public static String ZeroProgress_noReportNote;
    public static String ZeroProgress_noZero;
    public static String ZeroProgress_allReported;

    // Pipeline report
    public static String Pipeline_title;
    public static String Pipeline_funnelTable;
    public static String Pipeline_conversionNote;
    public static String Pipeline_laterChanges;
    public static String Pipeline_total;
    public static String Pipeline_ratesTable;
    public static String Rate_contractRealised;
    public static String Rate_contractRealisedDefinition;
    public static String Rate_paidIn;
    public static String Rate_paidInDefinition;
    public static String Rate_signedAdvancing;
    public static String Rate_signedAdvancingDefinition;
    public static String Pipeline_stalledTable;
    public static String Pipeline_undated;
    public static String Pipeline_byOrganisationTable;
    public static String Pipeline_byLeaderTable;
    public static String Pipeline_projectsChart;
    public static String Pipeline_amountsChart;
    public static String Stage_tracking;
    public static String Stage_signed;
    public static String Stage_registered;
    public static String Stage_started;
    public static String Stage_producing;

    // Measures report
    public static String Measures_title;
    public static String Measures_overdue;
    public static String Measures_dueSoon;
    public static String Measures_doneLate;
    public static String Measures_overdueTable;
    public static String Measures_dueSoonTable;
    public static String Measures_doneLateTable;
    public static String Measures_byOwnerTable;
    public static String Measures_byLeaderTable;

    // Speech figures check
    public static String SpeechCheck_title;
    public static String SpeechCheck_summaryTable;
    public static String SpeechCheck_figuresTable;
    public static String SpeechCheck_roundingNote;
    public static String SpeechCheck_unknownSpeech;
    public static String SpeechCheck_withoutFigures;
    public static String Check_match;
    public static String Check_mismatch;
    public static String Check_noCounterpart;
    public static String Check_blanked;
    public static String Check_numberMissing;
    public static String Check_noIndicatorNamed;
    public static String Check_unknownIndicator;
    public static String Check_organisationNotIndicator;
    public static String Check_unknownOrganisation;
    public static String Check_noOrganisation;
    public static String Check_noPeriod;
    public static String Check_share;
    public static String Check_noTarget;
    public static String Check_noLevel;
    public static String Check_noActual;
    public static String Check_noGrowth;
    public static String Check_noRank;
    public static String Check_unknownUnit;
    public static String Check_unitsDiffer;
    public static String Check_onlyUpTo;
    public static String Check_onlyUpToSpeech;
    public static String Check_noDataFor;
    public static String Check_beforeData;
    public static String Check_periodNotOver;
    public static String Check_unresolvedPeriod;
    public static String Check_basisTarget;
    public static String Check_basisActual;
    public static String Check_basisGrowth;
    public static String Check_basisDifference;
    public static String Check_noGroupGrowth;
    public static String Check_basisRank;
    public static String Level_guarantee;
    public static String Level_strive;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
