/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.importer.internal;

import org.eclipse.osgi.util.NLS;

/** What the speech importer tells its users, in messages.properties (English) and messages_zh_CN.properties. */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "podium.importer.internal.messages"; //$NON-NLS-1$

    public static String SpeechImporter_cannotRead;
    public static String SpeechImporter_tooLarge;
    public static String ImportPipeline_empty;
    public static String EncodingDetector_undecodable;
    public static String EncodingDetector_undecodableAtEnd;
    public static String MojibakeRepair_lostCharacter;
    public static String MojibakeRepair_lostCharacters;
    public static String FigureExtractor_rateMissing;
    public static String FigureExtractor_numberMissing;
    public static String FigureExtractor_placeholder;
    public static String SumCheck_partsAfterQizhiExceedTotal;
    public static String SumCheck_partsAfterFenbieweiDifferFromTotal;
    public static String SumCheck_partsDifferFromTotal;
    public static String SumCheck_noUnit;
    public static String TargetProposal_amount;
    public static String TargetProposal_growth;
    public static String TargetProposal_bothLevels;
    public static String TargetProposal_forOrganisation;
    public static String TargetProposal_withPeriod;
    public static String PlanTargets_placement;
    public static String PlanTargets_new;
    public static String PlanTargets_same;
    public static String PlanTargets_different;
    public static String PlanTargets_weaker;
    public static String PlanTargets_unknownOrganisation;
    public static String PlanTargets_unknownIndicator;
    public static String PlanTargets_incompatibleUnit;
    public static String PlanTargets_incompletePlan;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
