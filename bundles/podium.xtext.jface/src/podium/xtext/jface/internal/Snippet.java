/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.xtext.jface.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An LSP snippet ({@code target ${1:indicator} ...}) turned into plain text plus the range of its
 * first placeholder, which is selected after insertion so the user can type over it.
 */
public record Snippet(String text, int selectionOffset, int selectionLength) {
    private static final Pattern PLACEHOLDER = Pattern.compile("(?<!\\\\)\\$\\{(\\d+)(?::([^}]*))?\\}|(?<!\\\\)\\$(\\d+)");

    public static Snippet parse(String snippet) {
        StringBuilder text = new StringBuilder();
        Matcher matcher = PLACEHOLDER.matcher(snippet);
        int last = 0;
        int firstNumber = Integer.MAX_VALUE;
        int selectionOffset = -1;
        int selectionLength = 0;
        while (matcher.find()) {
            text.append(unescape(snippet.substring(last, matcher.start())));
            String number = matcher.group(1) != null ? matcher.group(1) : matcher.group(3);
            String content = matcher.group(2) == null ? "" : unescape(matcher.group(2));
            int n = Integer.parseInt(number);
            // $0 is the final cursor position: it only counts when nothing else is numbered.
            int rank = n == 0 ? Integer.MAX_VALUE - 1 : n;
            if (rank < firstNumber) {
                firstNumber = rank;
                selectionOffset = text.length();
                selectionLength = content.length();
            }
            text.append(content);
            last = matcher.end();
        }
        text.append(unescape(snippet.substring(last)));
        return selectionOffset < 0 ? new Snippet(text.toString(), text.length(), 0)
                : new Snippet(text.toString(), selectionOffset, selectionLength);
    }

    private static String unescape(String text) {
        return text.replaceAll("\\\\([$}\\\\])", "$1");
    }
}
