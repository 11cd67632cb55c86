/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.importer.internal.structure;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import podium.importer.internal.figures.ChineseNumerals;

/**
 * The numbering that starts a heading or an enumerated point in Chinese official writing, in the
 * order of the usual hierarchy: {@code 一、}, {@code （一）}, {@code 1.}/{@code 1、}, {@code （1）},
 * {@code 一是}, {@code 第一，}, {@code 首先}.
 *
 * @param style  the numbering style, which decides the level
 * @param number the ordinal the marker stands for (1 for 一、, 首先 and 第一), 0 when it has none
 * @param text   the marker as written, e.g. {@code （二）}
 * @param length how many characters of the line the marker takes
 */
public record HeadingMarker(Style style, int number, String text, int length) {

    /** Whether two markers number the same list: 首先/其次 and 第三/第四 mix freely. */
    public boolean sameFamily(HeadingMarker other) {
        return family(style) == family(other.style);
    }

    private static Style family(Style style) {
        return style == Style.SEQUENCE ? Style.ORDINAL : style;
    }

    /** Whether the style also numbers points inside a paragraph, after a full stop or a colon. */
    public boolean canBeInline() {
        return style == Style.SHI || style == Style.ORDINAL || style == Style.SEQUENCE
                || style == Style.ARABIC_BRACKET || style == Style.CHINESE_BRACKET;
    }

    /** Numbering styles, outermost first. */
    public enum Style {
        /** 一、 二、 */
        CHINESE_COMMA,
        /** （一） (一) */
        CHINESE_BRACKET,
        /** 1. 1、 1． */
        ARABIC,
        /** （1） (1) 1） */
        ARABIC_BRACKET,
        /** 第一， 第二是 第三个是 */
        ORDINAL,
        /** 一是 二要 三是要 */
        SHI,
        /** 首先 其次 再次 最后 */
        SEQUENCE
    }

    private static final String CN = "[一二三四五六七八九十]{1,3}";
    private static final Pattern CHINESE_COMMA = Pattern.compile("(" + CN + ")\\s*[、，,．.]");
    private static final Pattern CHINESE_BRACKET = Pattern.compile("[（(](" + CN + ")[）)]");
    private static final Pattern ARABIC = Pattern.compile("(\\d{1,2})(?:[、．]|\\.(?!\\d))");
    private static final Pattern ARABIC_BRACKET = Pattern.compile("[（(](\\d{1,2})[）)]|(\\d{1,2})[）)]");
    private static final Pattern ORDINAL = Pattern.compile("第(" + CN + ")(?:是|个是|条是)?[，,、：:]");
    private static final Pattern SHI = Pattern.compile("(" + CN + ")(?:是要|是|要|抓|强化|加强|狠抓|突出)");
    private static final Pattern SEQUENCE = Pattern.compile("(首先|其次|再次|然后|最后)[，,：:]?");

    /** The marker at the start of {@code line} (leading spaces skipped), or null when there is none. */
    public static HeadingMarker at(CharSequence line) {
        int skip = 0;
        while (skip < line.length() && Character.isWhitespace(line.charAt(skip)) || skip < line.length()
                && line.charAt(skip) == '\u3000') {
            skip++;
        }
        CharSequence rest = line.subSequence(skip, line.length());
        HeadingMarker marker = match(rest);
        return marker == null ? null
                : new HeadingMarker(marker.style(), marker.number(), marker.text(), marker.length() + skip);
    }

    private static HeadingMarker match(CharSequence rest) {
        Matcher m;
        if ((m = CHINESE_BRACKET.matcher(rest)).lookingAt()) {
            return of(Style.CHINESE_BRACKET, ChineseNumerals.parseInt(m.group(1)), "（" + m.group(1) + "）", m);
        }
        if ((m = ARABIC_BRACKET.matcher(rest)).lookingAt()) {
            String digits = m.group(1) != null ? m.group(1) : m.group(2);
            return of(Style.ARABIC_BRACKET, Integer.parseInt(digits), "（" + digits + "）", m);
        }
        if ((m = CHINESE_COMMA.matcher(rest)).lookingAt()) {
            return of(Style.CHINESE_COMMA, ChineseNumerals.parseInt(m.group(1)), m.group(1) + "、", m);
        }
        if ((m = ARABIC.matcher(rest)).lookingAt() && followedByText(rest, m.end())) {
            String separator = m.group().endsWith("、") ? "、" : ".";
            return of(Style.ARABIC, Integer.parseInt(m.group(1)), m.group(1) + separator, m);
        }
        if ((m = ORDINAL.matcher(rest)).lookingAt()) {
            return of(Style.ORDINAL, ChineseNumerals.parseInt(m.group(1)), "第" + m.group(1), m);
        }
        if ((m = SHI.matcher(rest)).lookingAt() && followedByText(rest, m.end())
                && !Pattern.compile("因为|由于").matcher(rest).region(m.end(), rest.length()).lookingAt()) {
            return of(Style.SHI, ChineseNumerals.parseInt(m.group(1)), rest.subSequence(0, m.end()).toString(), m);
        }
        if ((m = SEQUENCE.matcher(rest)).lookingAt()) {
            return of(Style.SEQUENCE, sequenceNumber(m.group(1)), m.group(1), m);
        }
        return null;
    }

    private static HeadingMarker of(Style style, int number, String text, Matcher m) {
        return new HeadingMarker(style, number, text, m.end());
    }

    /** A heading marker is followed by words, not by a unit or a digit (1.5亿元 is not heading 1.). */
    private static boolean followedByText(CharSequence rest, int end) {
        if (end >= rest.length()) {
            return false;
        }
        char next = rest.charAt(end);
        return Character.isIdeographic(next) || next == '“' || next == '"' || next == '《';
    }

    private static int sequenceNumber(String word) {
        return switch (word) {
            case "首先" -> 1;
            case "其次" -> 2;
            case "再次", "然后" -> 3;
            default -> 0;
        };
    }
}
