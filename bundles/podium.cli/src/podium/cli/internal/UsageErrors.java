/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.cli.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;
import podium.core.text.Enumerations;

/**
 * A wrong command line said in the user's language: picocli words its errors in English only, so the
 * usual ones (an unknown option, a missing argument, a bad value, an option given twice) are said
 * here; anything rarer keeps picocli's words.
 */
public final class UsageErrors {

    /** How picocli's help command words a topic it does not know (its exception carries no value to name). */
    private static final Pattern UNKNOWN_HELP_TOPIC = Pattern.compile("Unknown subcommand '(.*)'\\."); //$NON-NLS-1$

    private UsageErrors() {
    }

    /** What a command that only groups subcommands (podium plugins, podium actuals) throws when given none. */
    public static ParameterException subcommandMissing(CommandSpec spec) {
        return new ParameterException(spec.commandLine(),
                Messages.format(Messages.PodiumCli_subcommandMissing, Enumerations.join(spec.subcommands().keySet())));
    }

    public static String describe(ParameterException e) {
        if (e instanceof UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
            String message = Messages.format(Messages.PodiumCli_unknownArgument, String.join(" ", unmatched.getUnmatched())); //$NON-NLS-1$
            List<String> suggestions = unmatched.getSuggestions();
            return suggestions.isEmpty() ? message
                    : message + Messages.format(Messages.PodiumCli_didYouMean, Enumerations.join(suggestions));
        }
        if (e instanceof MissingParameterException missing && !missing.getMissing().isEmpty()) {
            List<String> names = new ArrayList<>();
            missing.getMissing().forEach(arg -> names.add(name(arg)));
            return Messages.format(Messages.PodiumCli_missing, Enumerations.join(names));
        }
        if (e instanceof OverwrittenOptionException overwritten && overwritten.getOverwritten() != null) {
            return Messages.format(Messages.PodiumCli_repeated, name(overwritten.getOverwritten()));
        }
        if (e.getArgSpec() != null && e.getValue() != null) {
            return badValue(e.getArgSpec(), e.getValue());
        }
        Matcher helpFor = UNKNOWN_HELP_TOPIC.matcher(String.valueOf(e.getMessage()));
        if (helpFor.matches()) {
            return Messages.format(Messages.PodiumCli_unknownArgument, helpFor.group(1)); // podium help nosuch
        }
        return e.getMessage();
    }

    private static String badValue(ArgSpec arg, String value) {
        List<String> choices = new ArrayList<>();
        if (arg.completionCandidates() != null) {
            arg.completionCandidates().forEach(choices::add);
        }
        String message = Messages.format(Messages.PodiumCli_badValue, name(arg), value);
        return choices.isEmpty() ? message : message + Messages.format(Messages.PodiumCli_choices, Enumerations.join(choices));
    }

    /** An option by its longest name (--plan), a positional parameter by its label (FILE|DIR). */
    private static String name(ArgSpec arg) {
        if (arg instanceof OptionSpec option) {
            return option.longestName();
        }
        return arg instanceof PositionalParamSpec positional ? positional.paramLabel() : String.valueOf(arg);
    }
}
