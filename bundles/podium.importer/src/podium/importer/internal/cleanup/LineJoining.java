/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.importer.internal.cleanup;

import java.util.List;

import podium.importer.RepairKind;
import podium.importer.internal.structure.HeadingMarker;
import podium.importer.internal.structure.SpeechLines;
import podium.importer.internal.text.Finding;
import podium.importer.internal.text.TextEdits;
import podium.importer.internal.text.TrackedText;

/**
 * Joins lines that a website broke in the middle of a sentence ({@code 坚持以邓 / 小平理论和“三个代表 /
 * ”重要思想 / 为指导}). A line is continued when the next one cannot start a line (it opens with a
 * closing mark), or when a paragraph stops without ending its sentence and the next line is neither a
 * heading, a salutation nor another part of a speech's head.
 */
public final class LineJoining implements CleanupStage {

    /** Lines shorter than this that stop without punctuation are titles or bylines, not broken paragraphs. */
    private static final int PARAGRAPH = 20;
    private static final String CANNOT_START_LINE = "”’）)》」』、，。；：！？,.;:!?";
    private static final String ENDS_SENTENCE = "。！？；：…”’）)》」』!?;:.";

    @Override
    public void collect(TrackedText tracked, TextEdits edits, List<Finding> findings) {
        List<Line> lines = Line.of(tracked.text());
        int paragraphLength = 0;
        for (int i = 0; i + 1 < lines.size(); i++) {
            Line line = lines.get(i);
            Line next = lines.get(i + 1);
            paragraphLength += line.trimmed().length();
            if (continues(line, next, paragraphLength)) {
                edits.delete(trimmedEnd(line), firstNonSpace(next), RepairKind.LINE_JOIN);
            } else {
                paragraphLength = 0;
            }
        }
    }

    private static boolean continues(Line line, Line next, int paragraphLength) {
        String text = line.trimmed();
        String following = next.trimmed();
        if (text.isEmpty() || following.isEmpty()) {
            return false;
        }
        if (CANNOT_START_LINE.indexOf(following.charAt(0)) >= 0) {
            return true;
        }
        return paragraphLength >= PARAGRAPH && ENDS_SENTENCE.indexOf(text.charAt(text.length() - 1)) < 0
                && HeadingMarker.at(text) == null && HeadingMarker.at(following) == null
                && !SpeechLines.isSalutation(following) && !SpeechLines.isTitle(text)
                && !SpeechLines.isTitle(following) && !SpeechLines.isByline(following);
    }

    private static int trimmedEnd(Line line) {
        int end = line.end();
        while (end > line.start() && isSpace(line.text().charAt(end - line.start() - 1))) {
            end--;
        }
        return end;
    }

    private static int firstNonSpace(Line line) {
        int i = line.start();
        while (i < line.end() && isSpace(line.text().charAt(i - line.start()))) {
            i++;
        }
        return i;
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u3000';
    }
}
