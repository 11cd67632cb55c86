/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.importer.internal.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits a cleaned text into speeches. A speech starts at a title line ({@code 在…会议上的讲话}), or at a
 * salutation ({@code 同志们：}) once the current speech has a body and either the speech before it has
 * closed ({@code 谢谢大家！}, a closing exclamation) or the salutation is followed by an opening that
 * convenes a meeting ({@code 今天，…召开…会议}); a closing followed directly by such an opening starts one
 * as well. A second speech appended without title or salutation starts after the first one's closing
 * paragraph ({@code 同志们，…！}, {@code 谢谢大家}) when the parts are numbered again from {@code 一、} after it.
 * A salutation that only leads into the closing words of the same speech starts nothing.
 */
public final class SpeechSplitter {

    /**
     * Lines {@code [firstLine, endLine)} of the cleaned text form one speech.
     *
     * @param titleLine the line holding the title, or -1
     */
    public record SpeechRange(int firstLine, int endLine, int titleLine) {
    }

    /** The opening of a speech says that a meeting is held: 今天，县政府在这里召开全县档案工作会议. */
    private static final Pattern CONVENES = Pattern.compile(
            "(?:今天|这次|此次|刚才)?[^。]{0,30}?召开了?[^，。]{0,24}?(?:会议|大会|\\p{IsHan}{1,2}会(?![员计]))");
    private static final Pattern CLOSING = Pattern.compile(".*(?:谢谢大家|谢谢|再见)[！!。]?");
    /** The closing paragraph of a speech turns to the audience once more: 同志们，…！ */
    private static final Pattern CLOSING_ADDRESS = Pattern.compile("(?:同志们|各位同志|同志们、朋友们)[，,！!].{8,}");
    /** A salutation or a closing only starts a new speech once the current one has this much body text. */
    private static final int BODY = 30;
    /** How many lines an appended speech's opening may take before its parts are numbered again. */
    private static final int OPENING = 6;

    public List<SpeechRange> split(List<String> lines) {
        return split(lines, java.util.Set.of());
    }

    /**
     * Splits as {@link #split(List)} does, and also at each of {@code textStarts}, the lines where the collection
     * introduced a new text, once the current speech has a body.
     */
    public List<SpeechRange> split(List<String> lines, java.util.Set<Integer> textStarts) {
        List<SpeechRange> speeches = new ArrayList<>();
        int start = 0;
        int titleLine = -1;
        int body = 0;
        int topNumber = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            boolean title = SpeechLines.isTitle(line);
            int appended = title ? -1 : appendedStart(lines, i, start, topNumber);
            if (appended > start) {
                speeches.add(new SpeechRange(start, appended, titleLine));
                start = appended;
                titleLine = -1;
                body = bodyOf(lines, appended, i);
                topNumber = 0;
            } else if ((title ? body > 0 : body >= BODY) && (textStarts.contains(i) || startsSpeech(lines, i))) {
                speeches.add(new SpeechRange(start, i, titleLine));
                start = i;
                titleLine = -1;
                body = 0;
                topNumber = 0;
            }
            if (title && titleLine < 0 && body == 0) {
                titleLine = i;
            } else if (!SpeechLines.isSalutation(line) && !SpeechLines.isByline(line)) {
                body += line.length();
            }
            topNumber = Math.max(topNumber, topLevelNumber(line));
        }
        if (start < lines.size()) {
            speeches.add(new SpeechRange(start, lines.size(), titleLine));
        }
        return speeches;
    }

    /**
     * Where a speech appended without a title starts, when line {@code i} numbers the first part again
     * ({@code 一、}) after the current speech reached {@code 二、} or beyond and closed (同志们，…！ or 谢谢大家)
     * within the few lines before it: the line after that closing. -1 otherwise.
     */
    private static int appendedStart(List<String> lines, int i, int start, int topNumber) {
        if (topNumber < 2 || topLevelNumber(lines.get(i).strip()) != 1) {
            return -1;
        }
        for (int k = i - 1; k > start && k >= i - OPENING; k--) {
            String line = lines.get(k).strip();
            if (isClosingParagraph(line)) {
                return k + 1 < i ? k + 1 : -1; // the opening of the appended speech lies between
            }
            if (HeadingMarker.at(line) != null) {
                return -1;
            }
        }
        return -1;
    }

    private static boolean isClosingParagraph(String line) {
        return CLOSING.matcher(line).matches() || CLOSING_ADDRESS.matcher(line).matches()
                && (line.endsWith("！") || line.endsWith("!") || line.endsWith("。"));
    }

    private static int bodyOf(List<String> lines, int from, int to) {
        int body = 0;
        for (int k = from; k < to; k++) {
            body += lines.get(k).strip().length();
        }
        return body;
    }

    /** The number of a line-starting {@code 一、}-style heading, 0 for any other line. */
    private static int topLevelNumber(String line) {
        HeadingMarker marker = HeadingMarker.at(line);
        return marker != null && marker.style() == HeadingMarker.Style.CHINESE_COMMA ? marker.number() : 0;
    }

    private static boolean startsSpeech(List<String> lines, int i) {
        String line = lines.get(i).strip();
        if (SpeechLines.isTitle(line)) {
            return true;
        }
        String previous = previousText(lines, i);
        String next = nextText(lines, i);
        if (SpeechLines.isSalutation(line)) {
            return closes(previous) || CONVENES.matcher(next).lookingAt();
        }
        return CLOSING.matcher(previous).matches() && CONVENES.matcher(line).lookingAt();
    }

    /** A speech closes with thanks or with a rallying exclamation. */
    private static boolean closes(String paragraph) {
        return CLOSING.matcher(paragraph).matches() || paragraph.endsWith("！") || paragraph.endsWith("!");
    }

    private static String previousText(List<String> lines, int i) {
        for (int k = i - 1; k >= 0; k--) {
            if (!lines.get(k).isBlank()) {
                return lines.get(k).strip();
            }
        }
        return "";
    }

    private static String nextText(List<String> lines, int i) {
        for (int k = i + 1; k < lines.size(); k++) {
            if (!lines.get(k).isBlank()) {
                return lines.get(k).strip();
            }
        }
        return "";
    }
}
