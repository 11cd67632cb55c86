/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.importer.ui.internal;

import org.eclipse.osgi.util.NLS;

/** The speech import's translatable strings; {@code messages*.properties} are UTF-8. */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "podium.importer.ui.internal.messages"; //$NON-NLS-1$

    public static String ClipboardImportHandler_title;
    public static String ClipboardImportHandler_empty;
    public static String ClipboardImportHandler_fileName;
    public static String Destinations_noProject;
    public static String Destinations_notOpened;
    public static String Destinations_bookkeeping;
    public static String Labels_exact;
    public static String Labels_guarantee;
    public static String Labels_strive;
    public static String Labels_atLeast;
    public static String Labels_about;
    public static String Labels_atMost;
    public static String Labels_target;
    public static String Labels_actual;
    public static String Labels_growth;
    public static String Labels_share;
    public static String Labels_rank;
    public static String Labels_mojibake;
    public static String Labels_lostCharacter;
    public static String Labels_pinyin;
    public static String Labels_webJunk;
    public static String Labels_strayPhrase;
    public static String Labels_lineJoin;
    public static String Labels_punctuation;
    public static String Labels_digits;
    public static String Labels_whitespace;
    public static String Labels_simplified;
    public static String ReviewOpener_title;
    public static String ReviewOpener_failed;
    public static String SpeechImportJob_name;
    public static String SpeechImportJob_failed;
    public static String SpeechImportService_saveFailed;
    public static String SpeechImportWizard_title;
    public static String SpeechReviewEditor_badInput;
    public static String SpeechReviewEditor_original;
    public static String SpeechReviewEditor_cleaned;
    public static String SpeechReviewEditor_speech;
    public static String SpeechReviewEditor_speechLabel;
    public static String SpeechReviewEditor_untitled;
    public static String SpeechReviewEditor_details;
    public static String SpeechReviewEditor_noSpeech;
    public static String SpeechReviewEditor_proposeTargets;
    public static String SpeechReviewEditor_figuresTab;
    public static String SpeechReviewEditor_repairsTab;
    public static String SpeechReviewEditor_indicator;
    public static String SpeechReviewEditor_value;
    public static String SpeechReviewEditor_unit;
    public static String SpeechReviewEditor_qualifier;
    public static String SpeechReviewEditor_role;
    public static String SpeechReviewEditor_of;
    public static String SpeechReviewEditor_period;
    public static String SpeechReviewEditor_quote;
    public static String SpeechReviewEditor_line;
    public static String SpeechReviewEditor_position;
    public static String SpeechReviewEditor_kind;
    public static String SpeechReviewEditor_before;
    public static String SpeechReviewEditor_after;
    public static String SpeechReviewInput_name;
    public static String SpeechSourcePage_title;
    public static String SpeechSourcePage_description;
    public static String SpeechSourcePage_source;
    public static String SpeechSourcePage_destination;
    public static String SpeechSourcePage_browse;
    public static String SpeechSourcePage_note;
    public static String SpeechSourcePage_textFiles;
    public static String SpeechSourcePage_allFiles;
    public static String SpeechSourcePage_destinationPrompt;
    public static String SpeechSourcePage_chooseSource;
    public static String SpeechSourcePage_noSuchFile;
    public static String SpeechSourcePage_badDestination;
    public static String TargetReviewDialog_title;
    public static String TargetReviewDialog_message;
    public static String TargetReviewDialog_plan;
    public static String TargetReviewDialog_indicator;
    public static String TargetReviewDialog_planIndicator;
    public static String TargetReviewDialog_guarantee;
    public static String TargetReviewDialog_strive;
    public static String TargetReviewDialog_outcome;
    public static String TargetReviewDialog_line;
    public static String TargetReviewDialog_loading;
    public static String TargetReviewDialog_loadingJob;
    public static String TargetReviewDialog_writingJob;
    public static String TargetReviewDialog_add;
    public static String TargetReviewDialog_replace;
    public static String TargetReviewDialog_same;
    public static String TargetReviewDialog_incompatibleUnit;
    public static String TargetReviewDialog_noIndicator;
    public static String TargetReviewDialog_weaker;
    public static String TargetReviewDialog_noOrganisation;
    public static String TargetReviewDialog_noPlan;
    public static String TargetReviewDialog_noPlans;
    public static String TargetReviewDialog_planErrors;
    public static String TargetReviewDialog_write;
    public static String TargetReviewDialog_written;
    public static String TargetReviewDialog_writeFailed;
    public static String TargetReviewDialog_cancel;


    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
