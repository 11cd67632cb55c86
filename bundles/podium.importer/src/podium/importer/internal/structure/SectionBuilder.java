/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.importer.internal.structure;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the numbered parts of a speech and nests them. Levels follow the numbering, the way an outline
 * does: a style already open closes everything below it and continues its list; a new style nests under
 * the current part, after closing any open part that by the usual order (一、 （一） 1. （1） 第一 一是)
 * could only sit inside it, so a text that lost its 一、 still gets 二、 at the top. A point numbered inside a
 * paragraph ({@code …：一是…。二是…}) is a different list from points that start lines, even with the same
 * style, so a list restarting at 一是 inside 三是要… nests instead of being taken for its sibling.
 * Missing and restarted numbers are kept as written.
 */
public final class SectionBuilder {

    /**
     * A heading found in the text.
     *
     * @param offset where the marker starts in the speech text
     * @param inline whether it numbers a point inside a paragraph rather than starting a line
     * @param level  1 for the outermost parts
     */
    public record Heading(HeadingMarker marker, boolean inline, int offset, String title, int level) {
    }

    private static final String SENTENCE_END = "。；！？";
    private static final String INLINE_AFTER = "。；：！？";
    private static final int MAX_TITLE = 50;

    /** The headings of {@code text} in text order, each with its level. */
    public List<Heading> headings(String text) {
        List<Heading> found = new ArrayList<>();
        int lineStart = 0;
        while (lineStart < text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            lineEnd = lineEnd < 0 ? text.length() : lineEnd;
            collectLine(text, lineStart, lineEnd, found);
            lineStart = lineEnd + 1;
        }
        return withLevels(found);
    }

    private static void collectLine(String text, int start, int end, List<Heading> found) {
        String line = text.substring(start, end);
        if (SpeechLines.isSalutation(line) || SpeechLines.isTitle(line) || SpeechLines.isByline(line)) {
            return;
        }
        HeadingMarker marker = HeadingMarker.at(line);
        if (marker != null) {
            found.add(heading(text, marker, false, start, end));
        }
        for (int i = start + 1; i < end; i++) {
            if (INLINE_AFTER.indexOf(text.charAt(i - 1)) < 0) {
                continue;
            }
            HeadingMarker inline = HeadingMarker.at(text.subSequence(i, end));
            if (inline != null && inline.canBeInline()) {
                found.add(heading(text, inline, true, i, end));
            }
        }
    }

    private static Heading heading(String text, HeadingMarker marker, boolean inline, int at, int lineEnd) {
        int titleStart = at + marker.length();
        int titleEnd = titleStart;
        while (titleEnd < lineEnd && titleEnd - titleStart < MAX_TITLE
                && SENTENCE_END.indexOf(text.charAt(titleEnd)) < 0 && !isGap(text, titleEnd, titleStart)) {
            titleEnd++;
        }
        int markerStart = at;
        while (Character.isWhitespace(text.charAt(markerStart)) || text.charAt(markerStart) == '\u3000') {
            markerStart++;
        }
        return new Heading(marker, inline, markerStart, text.substring(titleStart, titleEnd).strip(), 0);
    }

    /** A space between words separates a heading from the paragraph run into its line. */
    private static boolean isGap(String text, int i, int titleStart) {
        return i > titleStart + 2 && (text.charAt(i) == ' ' || text.charAt(i) == '\u3000');
    }

    private static List<Heading> withLevels(List<Heading> found) {
        List<Heading> open = new ArrayList<>();
        List<Heading> result = new ArrayList<>();
        for (Heading h : found) {
            int same = indexOfSameList(open, h);
            boolean inline = h.inline();
            if (same >= 0) {
                inline = open.get(same).inline(); // a continued list keeps the placement it started with
                open.subList(same, open.size()).clear();
            } else {
                // a heading closes what can only sit inside it, e.g. 二、 closes an open 四是 when 一、 was lost
                open.removeIf(o -> rank(o) >= rank(h));
            }
            Heading leveled = new Heading(h.marker(), inline, h.offset(), h.title(), open.size() + 1);
            open.add(leveled);
            result.add(leveled);
        }
        return result;
    }

    /**
     * Outer styles rank lower. A point inside a paragraph ranks below every heading that starts a line,
     * and inside paragraphs 第一 holds 一是, which holds （一） and （1）.
     */
    private static int rank(Heading h) {
        if (h.inline()) {
            return switch (h.marker().style()) {
                case ORDINAL, SEQUENCE -> 101;
                case SHI -> 102;
                case CHINESE_COMMA, CHINESE_BRACKET -> 103;
                case ARABIC, ARABIC_BRACKET -> 104;
            };
        }
        return switch (h.marker().style()) {
            case CHINESE_COMMA -> 1;
            case CHINESE_BRACKET -> 2;
            case ARABIC -> 3;
            case ARABIC_BRACKET -> 4;
            case ORDINAL, SEQUENCE -> 5;
            case SHI -> 6;
        };
    }

    /** The innermost open heading of the same list as {@code h}, or -1. */
    private static int indexOfSameList(List<Heading> open, Heading h) {
        for (int k = open.size() - 1; k >= 0; k--) {
            Heading o = open.get(k);
            if (o.marker().sameFamily(h.marker()) && (o.inline() == h.inline() || continuesInline(o, h))) {
                return k;
            }
        }
        return -1;
    }

    /**
     * 一是 starting a paragraph and 二是 inside it number one list: an inline point continues a list of
     * line-start points when its number follows on (or repeats it, as careless texts do, but never 1).
     */
    private static boolean continuesInline(Heading open, Heading h) {
        int number = h.marker().number();
        return !open.inline() && h.inline() && number > 1
                && (number == open.marker().number() + 1 || number == open.marker().number());
    }
}
