/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.importer.internal.figures;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the numbers in a text: Arabic ({@code 3750}, {@code 1.2}, {@code 1,000}), Chinese ({@code 二十},
 * {@code 两}, {@code 一百二十}), vague ones ({@code 十几}, {@code 20余}, {@code 近千}) and template
 * placeholders ({@code x}, {@code 20xx}, {@code **}).
 */
public final class NumberScanner {

    /**
     * A number in the text.
     *
     * @param start       first character of the number
     * @param end         just after it, and after 多/余/几 when they belong to it
     * @param value       its value; null for a placeholder
     * @param about       whether it is vague ({@code 十几}, {@code 20多}, {@code 近千})
     * @param placeholder whether it is a template placeholder rather than a number
     * @param chinese     whether it is written in Chinese numerals
     */
    public record Token(int start, int end, BigDecimal value, boolean about, boolean placeholder,
            boolean chinese) {

        public String text(CharSequence source) {
            return source.subSequence(start, end).toString();
        }
    }

    private static final Pattern ARABIC = Pattern.compile("\\d+(?:,\\d{3})*(?:\\.\\d+)?");
    private static final Pattern PLACEHOLDER = Pattern.compile(
            "(?<![A-Za-z])(?:\\d*[xX]{1,4}\\d*|[XＸ]{2,}|\\*{2,}|＊{2,})(?![A-Za-z])");
    private static final Pattern CHINESE = Pattern.compile("[〇零一二两三四五六七八九十百千]+");
    private static final String VAGUE_SUFFIX = "多余几";

    private NumberScanner() {
    }

    public static List<Token> scan(CharSequence text) {
        List<Token> tokens = new ArrayList<>();
        boolean[] taken = new boolean[text.length()];
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            add(tokens, taken, new Token(m.start(), m.end(), null, false, true, false));
        }
        m = ARABIC.matcher(text);
        while (m.find()) {
            if (!overlaps(taken, m.start(), m.end())) {
                add(tokens, taken, arabic(text, m));
            }
        }
        m = CHINESE.matcher(text);
        while (m.find()) {
            Token token = chinese(text, m.start(), m.end());
            if (token != null && !overlaps(taken, token.start(), token.end())) {
                add(tokens, taken, token);
            }
        }
        tokens.sort(java.util.Comparator.comparingInt(Token::start));
        return tokens;
    }

    private static Token arabic(CharSequence text, Matcher m) {
        BigDecimal value = new BigDecimal(m.group().replace(",", ""));
        int end = m.end();
        boolean about = false;
        if (end < text.length() && VAGUE_SUFFIX.indexOf(text.charAt(end)) >= 0 && text.charAt(end) != '几') {
            about = true;
            end++;
        }
        return new Token(m.start(), end, value, about, false, false);
    }

    /** A run of Chinese numerals; 十几 and 二十多 are vague, 千 alone after 近/上 is a thousand. */
    private static Token chinese(CharSequence text, int start, int end) {
        String run = text.subSequence(start, end).toString();
        boolean about = false;
        int tokenEnd = end;
        if (end < text.length() && VAGUE_SUFFIX.indexOf(text.charAt(end)) >= 0) {
            about = true;
            tokenEnd = end + 1;
        }
        BigDecimal value = ChineseNumerals.parse(run);
        if (value == null) {
            return null;
        }
        return new Token(start, tokenEnd, value, about, false, true);
    }

    private static boolean overlaps(boolean[] taken, int start, int end) {
        for (int i = start; i < end; i++) {
            if (taken[i]) {
                return true;
            }
        }
        return false;
    }

    private static void add(List<Token> tokens, boolean[] taken, Token token) {
        tokens.add(token);
        for (int i = token.start(); i < token.end() && i < taken.length; i++) {
            taken[i] = true;
        }
    }
}
