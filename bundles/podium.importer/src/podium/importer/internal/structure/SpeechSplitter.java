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
 * as well. A
 * salutation that only leads into the closing words of the same speech starts nothing.
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
            "(?:今天|这次|此次|刚才)?[^。]{0,30}?召开了?[^，。]{0,24}?(?:会议|大会|工作会|推进会|动员会|座谈会|表彰会)");
    private static final Pattern CLOSING = Pattern.compile(".*(?:谢谢大家|谢谢|再见)[！!。]?");
    /** A salutation or a closing only starts a new speech once the current one has this much body text. */
    private static final int BODY = 30;

    public List<SpeechRange> split(List<String> lines) {
        List<SpeechRange> speeches = new ArrayList<>();
        int start = 0;
        int titleLine = -1;
        int body = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            boolean title = SpeechLines.isTitle(line);
            if ((title ? body > 0 : body >= BODY) && startsSpeech(lines, i)) {
                speeches.add(new SpeechRange(start, i, titleLine));
                start = i;
                titleLine = -1;
                body = 0;
            }
            if (title && titleLine < 0 && body == 0) {
                titleLine = i;
            } else if (!SpeechLines.isSalutation(line) && !SpeechLines.isByline(line)) {
                body += line.length();
            }
        }
        if (start < lines.size()) {
            speeches.add(new SpeechRange(start, lines.size(), titleLine));
        }
        return speeches;
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
