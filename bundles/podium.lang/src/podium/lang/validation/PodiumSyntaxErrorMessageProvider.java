/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.lang.validation;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.xtext.nodemodel.SyntaxErrorMessage;
import org.eclipse.xtext.parser.antlr.SyntaxErrorMessageProvider;

import podium.inspections.builtin.IssueCodes;
import podium.inspections.builtin.Texts;

/**
 * Gives syntax errors and impossible values stable codes, so the CLI and the editor can key on them,
 * and words the parser's messages for users, in their language.
 */
public class PodiumSyntaxErrorMessageProvider extends SyntaxErrorMessageProvider {

    /** ANTLR's message formats (BaseRecognizer and Lexer.getErrorMessage), most specific first. */
    private record Wording(Pattern english, String variant) {
    }

    private static final List<Wording> WORDINGS = List.of(
            new Wording(Pattern.compile("extraneous input (.+) expecting (.+)", Pattern.DOTALL), "extraneous"),
            new Wording(Pattern.compile("mismatched input (.+) expecting (.+)", Pattern.DOTALL), "mismatched"),
            new Wording(Pattern.compile("mismatched character (.+) expecting (.+)", Pattern.DOTALL), "mismatchedCharacter"),
            // "missing EOF at 'asdf'": a complete statement followed by words that start none; "end of file missing
            // before 'asdf'" misled (found trying the editor): the word is what does not belong
            new Wording(Pattern.compile("missing (?:EOF|'<EOF>') at (.+)", Pattern.DOTALL), "noViable"),
            new Wording(Pattern.compile("missing (.+) at (.+)", Pattern.DOTALL), "missing"),
            new Wording(Pattern.compile("no viable alternative at input (.+)", Pattern.DOTALL), "noViable"),
            new Wording(Pattern.compile("no viable alternative at character (.+)", Pattern.DOTALL), "noViableCharacter"),
            new Wording(Pattern.compile("required \\(\\.\\.\\.\\)\\+ loop did not match anything at input (.+)", Pattern.DOTALL),
                    "requiredLoop"));

    /** The parser's names of tokens, as users know them (their texts: PDM-X001.message.NAME). */
    private static final Map<String, String> TOKENS = Map.of("RULE_ID", "name", "RULE_NUMBER", "number", "RULE_STRING",
            "string", "RULE_DAY", "day", "RULE_MONTH", "month", "RULE_PERIOD", "period", "EOF", "endOfFile", "'<EOF>'",
            "endOfFile");

    @Override
    public SyntaxErrorMessage getSyntaxErrorMessage(IParserErrorContext context) {
        SyntaxErrorMessage message = super.getSyntaxErrorMessage(context);
        return new SyntaxErrorMessage(inUsersLanguage(message.getMessage()), IssueCodes.SYNTAX, message.getIssueData());
    }

    @Override
    public SyntaxErrorMessage getSyntaxErrorMessage(IValueConverterErrorContext context) {
        SyntaxErrorMessage message = super.getSyntaxErrorMessage(context);
        return new SyntaxErrorMessage(message.getMessage(), IssueCodes.BAD_VALUE, message.getIssueData());
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
                    String token = TOKENS.get(m.group(i + 1));
                    parts[i] = token == null ? m.group(i + 1) : Texts.message(IssueCodes.SYNTAX, token);
                }
                return Texts.message(IssueCodes.SYNTAX, wording.variant(), parts);
            }
        }
        return english;
    }
}
