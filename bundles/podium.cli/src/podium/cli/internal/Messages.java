/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.cli.internal;

import java.text.MessageFormat;

import org.eclipse.osgi.util.NLS;

import podium.core.text.Counts;

/**
 * What the {@code podium} command says besides its help (help.properties) and the problems the
 * language, importers and reports word themselves: messages.properties (English) and
 * messages_zh_CN.properties. Messages are {@link MessageFormat} patterns, so that counts can say
 * "1 error" and "2 errors".
 */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "podium.cli.internal.messages"; //$NON-NLS-1$

    public static String DaemonCommand_idleTimeout;
    public static String DaemonCommand_unknownAction;
    public static String PodiumCli_usageHint;
    public static String PodiumCli_unknownArgument;
    public static String PodiumCli_missing;
    public static String PodiumCli_badValue;
    public static String PodiumCli_subcommandMissing;
    public static String PodiumCli_didYouMean;
    public static String PodiumCli_repeated;
    public static String PodiumCli_choices;
    public static String PodiumCli_internalError;
    public static String PodiumCli_reportIt;
    public static String PodiumCli_tooDeep;
    public static String PodiumCli_outOfMemory;
    public static String PodiumCli_leftover;

    public static String Arguments_noSuchFileOrFolder;
    public static String Arguments_noPodiumFiles;
    public static String ValidateCommand_skippedModels;
    public static String Arguments_noSuchFile;
    public static String Arguments_notAFolder;

    public static String ProblemReport_moreUses;
    public static String ProblemReport_moreUsesInThisFile;
    public static String ProblemReport_summary;
    public static String ProblemReport_summaryWithInfos;

    public static String ImportCommand_notImported;
    public static String ImportCommand_summary;
    public static String ImportCommand_saved;
    public static String ImportCommand_cannotSaveSpeech;
    public static String ImportCommand_proposeNeedsPlan;
    public static String ImportCommand_acceptNeedsPropose;
    public static String ImportCommand_proposeWithoutJson;
    public static String ImportCommand_planHasErrors;
    public static String ImportCommand_noPlan;
    public static String ImportCommand_proposalsFor;
    public static String ImportCommand_noProposals;
    public static String ImportCommand_cannotAccept;
    public static String ImportCommand_cannotAcceptBecause;
    public static String ImportCommand_cannotSavePlan;
    public static String ImportCommand_accepted;

    public static String ActualsCommand_planUnreadable;
    public static String ActualsCommand_noPlanIn;
    public static String ActualsCommand_wrote;
    public static String ActualsCommand_cannotSave;
    public static String ActualsCommand_alreadySaved;
    public static String ActualsCommand_afterAsOf;
    public static String ActualsCommand_asOfMoved;

    public static String FormatCommand_wouldReformat;
    public static String FormatCommand_reformatted;
    public static String FormatCommand_cannotRead;
    public static String FormatCommand_cannotWrite;

    public static String ConvertCommand_overwritesInput;
    public static String ConvertCommand_exists;
    public static String ConvertCommand_hasErrors;
    public static String ConvertCommand_layoutLost;
    public static String ConvertCommand_tooLarge;
    public static String ConvertCommand_notText;
    public static String ConvertCommand_linkNowhere;
    public static String ConvertCommand_fileMissing;
    public static String ConvertCommand_noSuchElement;
    public static String ConvertCommand_linksBroken;
    public static String ConvertCommand_cannotWrite;

    public static String ReportCommand_idAndPlan;
    public static String ReportCommand_noSuchReport;
    public static String ReportCommand_planHasErrors;
    public static String ReportCommand_wrote;
    public static String ReportCommand_unknownExtension;
    public static String ReportCommand_noSuchFormat;
    public static String ReportCommand_noFormats;
    public static String ReportCommand_notText;

    public static String PluginsCommand_nonInstalled;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }

    /** The pattern filled in ({@link Counts#format}: a quote is written twice, counts may choose their words). */
    public static String format(String pattern, Object... arguments) {
        return Counts.format(pattern, arguments);
    }
}
