/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.lang.internal;

import org.eclipse.osgi.util.NLS;

/**
 * What the language says to its users (problems in the Problems view and on the command line), in
 * messages.properties (English) and messages_zh_CN.properties, chosen by the JVM's or Eclipse's locale.
 */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "podium.lang.internal.messages"; //$NON-NLS-1$

    public static String LANGUAGE;
    public static String Kind_organisation;
    public static String Kind_peerGroup;
    public static String Kind_plan;
    public static String Kind_indicator;
    public static String Kind_meeting;
    public static String Kind_speech;
    public static String Kind_project;
    public static String Kind_measure;
    public static String Validator_duplicateName;
    public static String Validator_importBelowStatements;
    public static String Validator_ambiguousAlias;
    public static String Validator_asOfOutsidePeriod;
    public static String Validator_severalPlans;
    public static String Validator_unknownReference;
    public static String Validator_ratioSummed;
    public static String Validator_indicatorInPoints;
    public static String Validator_indicatorWithoutTitle;
    public static String Validator_groupSizeInvalid;
    public static String Validator_groupTooManyMembers;
    public static String Validator_groupDuplicateMember;
    public static String Validator_duplicateTarget;
    public static String Validator_zeroWithLevels;
    public static String Validator_targetWithoutLevel;
    public static String Validator_growthWithoutBase;
    public static String Validator_baseWithoutGrowth;
    public static String Validator_targetOutsidePlan;
    public static String Validator_growthNotPercent;
    public static String Validator_negativeTarget;
    public static String Validator_striveBelowGuarantee;
    public static String Validator_striveLooserThanGuarantee;
    public static String Validator_percentVsPoints;
    public static String Validator_unitMismatch;
    public static String Validator_splitWithoutTarget;
    public static String Validator_thePlansOrganisation;
    public static String Validator_splitDuplicateShare;
    public static String Validator_splitNotChild;
    public static String Validator_splitSum;
    public static String Validator_actualOutsidePeriod;
    public static String Validator_actualAfterAsOf;
    public static String Validator_reportedBeforeMonthEnd;
    public static String Validator_duplicateActual;
    public static String Validator_cumulativeDecreasing;
    public static String Validator_monthlySumMismatch;
    public static String Validator_rankBelowOne;
    public static String Validator_rankAboveGroupSize;
    public static String Validator_rankSizeDiffers;
    public static String Validator_rankNotMember;
    public static String Validator_duplicateRank;
    public static String Validator_amountNotMoney;
    public static String Validator_paidAboveContract;
    public static String Validator_signedWithoutContract;
    public static String Validator_trackingWithPaidIn;
    public static String Validator_projectWithoutLeader;
    public static String Validator_stageHistoryBackwards;
    public static String Validator_stageHistoryEndsElsewhere;
    public static String Validator_measureWithoutOwner;
    public static String Validator_doneWithoutCompletion;
    public static String Validator_completionWithoutDone;
    public static String Validator_deadlineBeforePlan;
    public static String Validator_measureOverdue;
    public static String Validator_completedInFuture;
    public static String Validator_meetingOutsidePeriod;
    public static String Validator_speechMeetingConflict;
    public static String Value_number;
    public static String Value_wholeNumber;
    public static String Value_period;
    public static String Value_month;
    public static String Value_date;
    public static String Value_missing;
    public static String Value_invalid;
    public static String Read_cannotReadFolder;
    public static String Read_cannotReadFile;
    public static String Read_binary;
    public static String Read_notUtf8;
    public static String Read_tooLarge;
    public static String Read_workspaceTooLarge;
    public static String Read_tooDeep;
    public static String Read_notXmi;
    public static String Severities_badLine;
    public static String Severities_unknownCode;
    public static String Severities_unknownSeverity;
    public static String Severities_notConfigurable;
    public static String Read_unreadable;
    public static String Syntax_extraneous;
    public static String Syntax_missing;
    public static String Syntax_mismatched;
    public static String Syntax_noViable;
    public static String Syntax_requiredLoop;
    public static String Syntax_noViableCharacter;
    public static String Syntax_mismatchedCharacter;
    public static String Syntax_endOfFile;
    public static String Syntax_name;
    public static String Syntax_number;
    public static String Syntax_string;
    public static String Syntax_day;
    public static String Syntax_month;
    public static String Syntax_period;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
