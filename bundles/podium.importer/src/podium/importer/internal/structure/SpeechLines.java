/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.importer.internal.structure;

import java.util.regex.Pattern;

/** Recognises the lines that make up the head of a speech: title, byline, date and salutation. */
public final class SpeechLines {

    private static final Pattern SALUTATION = Pattern.compile(
            "[^，。,]{0,16}?(?:同志们|同志|领导们|代表们|来宾们|女士们|先生们|朋友们|大家好)[^，。,]{0,8}[:：!！，,]?");
    private static final Pattern TITLE = Pattern.compile(
            "(?:.*(?:讲话|发言|致辞|讲稿|报告|动员令|总结)(?:稿|提纲|材料)?|在.{2,40}上的.{0,10})");
    private static final Pattern BYLINE = Pattern.compile(
            "[（(]?[—-]*\\s*(?:\\d{4}年\\d{1,2}月\\d{1,2}日|[〇零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月"
                    + "[一二三四五六七八九十]{1,3}日|.{0,12}(?:书记|县长|区长|市长|省长|主任|局长|部长|主席|镇长|乡长)"
                    + "(?:[\\s　]*[\\p{IsHan}]{2,4})?)\\s*[）)]?");
    private static final int TITLE_LENGTH = 60;
    private static final String SENTENCE_END = "。！？；!?;，,";

    private SpeechLines() {
    }

    /** {@code 同志们：}, {@code 各位领导、同志们：}, {@code 大家好！} */
    public static boolean isSalutation(String line) {
        String text = line.strip();
        return !text.isEmpty() && text.length() <= 24 && SALUTATION.matcher(text).matches();
    }

    /** {@code 在全县利用外资工作会议上的讲话}: short, no closing punctuation, names a speech. */
    public static boolean isTitle(String line) {
        String text = line.strip();
        return !text.isEmpty() && text.length() <= TITLE_LENGTH
                && SENTENCE_END.indexOf(text.charAt(text.length() - 1)) < 0 && HeadingMarker.at(text) == null
                && TITLE.matcher(text).matches();
    }

    /** A line naming the speaker or the date under a title: {@code （2015年3月5日）}, {@code 县长 张三}. */
    public static boolean isByline(String line) {
        String text = line.strip();
        return !text.isEmpty() && text.length() <= 30 && BYLINE.matcher(text).matches();
    }
}
