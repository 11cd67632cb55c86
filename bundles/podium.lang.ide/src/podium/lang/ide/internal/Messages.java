/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.lang.ide.internal;

import org.eclipse.osgi.util.NLS;

/** The IDE services' texts, in messages.properties (English) and messages_zh_CN.properties. */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "podium.lang.ide.internal.messages"; //$NON-NLS-1$

    public static String PodiumContentProposalProvider_unit;
    public static String PodiumContentProposalProvider_unitOfIndicator;
    public static String PodiumTemplates_label;
    public static String PodiumTemplates_description;
    public static String Vocabulary_qualifier;
    public static String Vocabulary_atLeast;
    public static String Vocabulary_about;
    public static String Vocabulary_atMost;
    public static String Vocabulary_guarantee;
    public static String Vocabulary_strive;
    public static String Vocabulary_zero;
    public static String Vocabulary_growth;
    public static String Vocabulary_veto;
    public static String Vocabulary_cumulative;
    public static String Vocabulary_thisMonth;
    public static String Vocabulary_setByProvince;
    public static String Vocabulary_setByCity;
    public static String Vocabulary_setByUnit;

    public static String ElementDescriptions_groupSize;
    public static String ElementDescriptions_groupListed;
    public static String ElementDescriptions_period;
    public static String ElementDescriptions_periodAsOf;
    public static String ElementDescriptions_indicatorFacts;
    public static String ElementDescriptions_indicatorFactsRanked;
    public static String ElementDescriptions_flow;
    public static String ElementDescriptions_stock;
    public static String ElementDescriptions_ratio;
    public static String ElementDescriptions_higherBetter;
    public static String ElementDescriptions_lowerBetter;
    public static String ElementDescriptions_partOf;
    public static String ElementDescriptions_unitsBelow;
    public static String TargetProgressText_target;
    public static String TargetProgressText_heading;
    public static String TargetProgressText_noPeriod;
    public static String TargetProgressText_zeroTarget;
    public static String TargetProgressText_noActual;
    public static String TargetProgressText_actual;
    public static String TargetProgressText_actualRolledUp;
    public static String TargetProgressText_actualRolledUpMissing;
    public static String TargetProgressText_completion;
    public static String TargetProgressText_completionGuarantee;
    public static String TargetProgressText_completionStrive;
    public static String TargetProgressText_status;
    public static String TargetProgressText_ahead;
    public static String TargetProgressText_aheadBy;
    public static String TargetProgressText_behind;
    public static String TargetProgressText_behindBy;
    public static String TargetProgressText_onSchedule;
    public static String TargetProgressText_zeroProgress;
    public static String TargetProgressText_noData;
    public static String TargetProgressText_noDataBecause;

    public static String PodiumQuickfixProvider_moveImport;
    public static String PodiumQuickfixProvider_useIndicatorUnit;
    public static String PodiumQuickfixProvider_removeUnit;
    public static String PodiumQuickfixProvider_growthInPercent;
    public static String PodiumQuickfixProvider_indicatorInPercent;
    public static String PodiumQuickfixProvider_swapLevels;
    public static String PodiumQuickfixProvider_rebalanceGuarantee;
    public static String PodiumQuickfixProvider_rebalanceStrive;
    public static String PodiumQuickfixProvider_averageRatio;
    public static String PodiumQuickfixProvider_useName;
    public static String PodiumQuickfixProvider_groupSize;
    public static String MissingDeclarations_declare;

    public static String PodiumSymbolDetails_size;
    public static String PodiumSymbolDetails_due;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
