/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.lang.validation;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.osgi.util.NLS;
import org.eclipse.xtext.nodemodel.SyntaxErrorMessage;
import org.eclipse.xtext.parser.antlr.SyntaxErrorMessageProvider;

import podium.lang.internal.Messages;

/**
 * Gives syntax errors and impossible values stable codes, so the CLI and the editor can key on them,
 * and words the parser's messages for users, in their language.
 */
public class PodiumSyntaxErrorMessageProvider extends SyntaxErrorMessageProvider {

    /** ANTLR's message formats (BaseRecognizer and Lexer.getErrorMessage), most specific first. */
    private record Wording(Pattern english, String message) {
    }

    private static final List<Wording> WORDINGS = List.of(
            new Wording(Pattern.compile("extraneous input (.+) expecting (.+)", Pattern.DOTALL), Messages.Syntax_extraneous),
            new Wording(Pattern.compile("mismatched input (.+) expecting (.+)", Pattern.DOTALL), Messages.Syntax_mismatched),
            new Wording(Pattern.compile("mismatched character (.+) expecting (.+)", Pattern.DOTALL), Messages.Syntax_mismatchedCharacter),
            new Wording(Pattern.compile("missing (.+) at (.+)", Pattern.DOTALL), Messages.Syntax_missing),
            new Wording(Pattern.compile("no viable alternative at input (.+)", Pattern.DOTALL), Messages.Syntax_noViable),
            new Wording(Pattern.compile("no viable alternative at character (.+)", Pattern.DOTALL), Messages.Syntax_noViableCharacter),
            new Wording(Pattern.compile("required \\(\\.\\.\\.\\)\\+ loop did not match anything at input (.+)", Pattern.DOTALL),
                    Messages.Syntax_requiredLoop));

    /** The parser's names of tokens, as users know them. */
    private static final Map<String, String> TOKENS = Map.of("RULE_ID", Messages.Syntax_name, "RULE_NUMBER",
            Messages.Syntax_number, "RULE_STRING", Messages.Syntax_string, "RULE_DAY", Messages.Syntax_day, "RULE_MONTH",
            Messages.Syntax_month, "RULE_PERIOD", Messages.Syntax_period, "EOF", Messages.Syntax_endOfFile, "'<EOF>'",
            Messages.Syntax_endOfFile);

    @Override
    public SyntaxErrorMessage getSyntaxErrorMessage(IParserErrorContext context) {
        SyntaxErrorMessage message = super.getSyntaxErrorMessage(context);
        return new SyntaxErrorMessage(inUsersLanguage(message.getMessage()), IssueCodes.SYNTAX.code(), message.getIssueData());
    }

    @Override
    public SyntaxErrorMessage getSyntaxErrorMessage(IValueConverterErrorContext context) {
        SyntaxErrorMessage message = super.getSyntaxErrorMessage(context);
        return new SyntaxErrorMessage(message.getMessage(), IssueCodes.BAD_VALUE.code(), message.getIssueData());
    }

    /** The parser's message in the user's words and language; unchanged when its form is not known. */
    static String inUsersLanguage(String english) {
        if (english == null) {
            return null;
        }
        for (Wording wording : WORDINGS) {
            Matcher m = wording.english().matcher(english);
            if (m.matches()) {
                Object[] parts = new Object[m.groupCount()];
                for (int i = 0; i < parts.length; i++) {
                    parts[i] = TOKENS.getOrDefault(m.group(i + 1), m.group(i + 1));
                }
                return NLS.bind(wording.message(), parts);
            }
        }
        return english;
    }
}
