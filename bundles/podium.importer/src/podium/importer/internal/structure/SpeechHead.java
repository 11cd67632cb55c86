/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.importer.internal.structure;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what a speech says about itself: the meeting ({@code 在全县利用外资工作会议上的讲话}, or the
 * opening's {@code 今天…召开全县档案工作会议}), the speaker ({@code 张三同志在…上的讲话}, a byline such as
 * {@code 县长 张三}) and the date ({@code （2015年3月5日）}).
 *
 * @param meeting null when not stated, and likewise speaker and date
 */
public record SpeechHead(String meeting, String speaker, String date) {

    private static final Pattern TITLE_MEETING = Pattern.compile("在(.{2,40}?)(?:上|中|之际)的(?:讲话|发言|致辞|报告)");
    private static final Pattern TITLE_SPEAKER = Pattern.compile("^([\\p{IsHan}]{2,4})(?:同志)?在");
    private static final Pattern CONVENED = Pattern.compile(
            "召开了?((?:20\\d{2}|20[xX]{2})?年?[^，。；“”的]{2,30}?(?:会议|大会|工作会|推进会|动员会|座谈会|表彰会)(?!议))");
    private static final Pattern AT_MEETING = Pattern.compile("在((?:20\\d{2}|20[xX]{2})?年?[^，。；在]{2,30}?(?:会议|大会))上");
    private static final Pattern DATE = Pattern.compile(
            "(?:\\d{4}|20[xX]{2})年\\d{1,2}月\\d{1,2}日|[〇零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日");
    private static final Pattern BYLINE_SPEAKER = Pattern.compile(
            "(?:.{0,10}?(?:书记|县长|区长|市长|省长|主任|局长|部长|主席|镇长|乡长))[\\s　]*([\\p{IsHan}]{2,4})");
    private static final int OPENING_LINES = 4;

    /** Reads the head from the speech's lines; {@code titleLine} is -1 when it has no title. */
    public static SpeechHead read(List<String> lines, int titleLine) {
        String title = titleLine >= 0 ? lines.get(titleLine).strip() : "";
        String meeting = group(TITLE_MEETING, title);
        String speaker = group(TITLE_SPEAKER, title);
        String date = null;
        int read = 0;
        for (int i = Math.max(titleLine + 1, 0); i < lines.size() && read < OPENING_LINES; i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            read++;
            if (SpeechLines.isByline(line)) {
                date = date != null ? date : match(DATE, line);
                speaker = speaker != null ? speaker : group(BYLINE_SPEAKER, line);
                continue;
            }
            if (meeting == null) {
                meeting = group(CONVENED, line);
            }
            if (meeting == null) {
                meeting = group(AT_MEETING, line);
            }
        }
        return new SpeechHead(meeting, speaker, date);
    }

    private static String group(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? m.group(1) : null;
    }

    private static String match(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? m.group() : null;
    }
}
