/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.importer.internal.cleanup;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import podium.importer.RepairKind;
import podium.importer.internal.text.Finding;
import podium.importer.internal.text.TextEdits;
import podium.importer.internal.text.TrackedText;

/**
 * Removes the collection's introduction of each text, wherever it stands in a line: a sentence on the topic,
 * then {@code 下面是本站小编给大家整理的…讲话，仅供参考。} The sentence before the introduction goes with it when it
 * opens the line (or follows another introduction), the introduction is followed by the text it introduces, and
 * no salutation right before shows a speech already under way; otherwise only the introduction goes, so text of a
 * speech on the same line stays. Runs after the other web junk, on Simplified text.
 */
public final class CollectionIntroduction implements CleanupStage {

    /**
     * The collection's introduction of a text: who gathered it for the reader and that it is for reference
     * (下面是本站小编给大家整理的…，仅供参考。, 以下是小编为大家收集的…，欢迎阅读！).
     */
    static final Pattern INTRODUCTION = Pattern.compile(
            "(?:下面|以下|这里|本文)(?:是|为)(?:本站|本网|网站|我们)?小编(?:为|给|帮)?(?:大家|您|你)?"
                    + "(?:精心|用心)?(?:整理|收集|搜集|准备|推荐|分享|带来)[^。！!\n]{0,120}?"
                    + "(?:仅供参考|欢迎阅读|欢迎参考|希望对[^。！!\n]{0,12}有所帮助|供大家参考|以供参考)[^。！!\n]{0,12}[。！!]?");
    /** The sentence on the topic before an introduction, when it opens the line: at most this long. */
    private static final int TOPIC_SENTENCE = 120;

    /** Whether a removed stretch of text was (or ended with) a collection's introduction. */
    public static boolean isIntroduction(String removed) {
        return INTRODUCTION.matcher(removed).find();
    }

    @Override
    public void collect(TrackedText tracked, TextEdits edits, List<Finding> findings) {
        List<Line> lines = Line.of(tracked.text());
        for (int i = 0; i < lines.size(); i++) {
            boolean speechUnderWay = i > 0 && previousIsSalutation(lines, i);
            removeIntroductions(lines.get(i), edits, !speechUnderWay, textFollows(lines, i));
        }
    }

    /**
     * Removes each introduction in the line together with the sentence on the topic before it, when that
     * sentence opens the line (or follows another introduction); text of the speech before it stays.
     */
    private static void removeIntroductions(Line line, TextEdits edits, boolean mayOpen, boolean followed) {
        Matcher m = INTRODUCTION.matcher(line.text());
        int previousEnd = 0;
        while (m.find()) {
            int start = m.start();
            boolean introduces = followed || !line.text().substring(m.end()).isBlank();
            int sentence = mayOpen && introduces ? topicSentenceStart(line.text(), m.start(), previousEnd) : -1;
            if (sentence >= 0) {
                start = sentence;
            }
            int end = m.end();
            while (end < line.text().length() && Character.isWhitespace(line.text().charAt(end))) {
                end++;
            }
            edits.delete(line.start() + start, line.start() + end, RepairKind.WEB_JUNK);
            previousEnd = end;
        }
    }

    private static boolean previousIsSalutation(List<Line> lines, int i) {
        for (int k = i - 1; k >= 0; k--) {
            if (!lines.get(k).isBlank()) {
                String text = lines.get(k).trimmed();
                return text.length() <= 24 && (text.endsWith("：") || text.endsWith(":"));
            }
        }
        return false;
    }

    private static boolean textFollows(List<Line> lines, int i) {
        for (int k = i + 1; k < lines.size(); k++) {
            if (!lines.get(k).isBlank()) {
                return true;
            }
        }
        return false;
    }

    /** Where the single sentence before {@code at} starts, if it starts at {@code from} (the line or a cut). */
    private static int topicSentenceStart(String text, int at, int from) {
        String before = text.substring(from, at);
        String trimmed = before.strip();
        if (trimmed.isEmpty() || trimmed.length() > TOPIC_SENTENCE) {
            return trimmed.isEmpty() ? from : -1;
        }
        String inner = trimmed.substring(0, trimmed.length() - 1);
        boolean oneSentence = inner.chars().noneMatch(c -> "。！？!?".indexOf(c) >= 0)
                && "。！？!?".indexOf(trimmed.charAt(trimmed.length() - 1)) >= 0;
        return oneSentence ? from : -1;
    }
}
