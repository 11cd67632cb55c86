/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.importer.internal.cleanup;

import java.util.List;
import java.util.regex.Pattern;

import podium.importer.RepairKind;
import podium.importer.internal.text.Finding;
import podium.importer.internal.text.TextEdits;
import podium.importer.internal.text.TrackedText;

/**
 * Removes what a website adds around a text: the collection's own heading ({@code …讲话篇二},
 * {@code …范文精选}), page navigation ({@code 共3页 当前第1页 1 2 3}, even when broken over lines),
 * link lists ({@code 相关推荐}, {@code 上一篇}), site blurbs ({@code 本文来源}, {@code 责任编辑}) and titles
 * printed twice. Runs on Simplified text, so the patterns are written once.
 */
public final class WebJunkRemoval implements CleanupStage {

    private static final String NUMERAL = "[0-9０-９一二三四五六七八九十百〇零两]";
    private static final Pattern COLLECTION_HEADING = Pattern.compile(
            ".*(?:篇" + NUMERAL + "+|范文" + NUMERAL + "*|(?:精选|合集|大全|汇编|集锦)(?:" + NUMERAL + "+篇)?"
                    + "|" + NUMERAL + "+篇)");
    private static final Pattern NAVIGATION_PIECE = Pattern.compile(
            "(?:共|当前|第|页|上一页|下一页|首页|尾页|末页|返回|分页|[0-9]|[，,。.:：\\s>»<«|/-])+");
    private static final Pattern NAVIGATION = Pattern.compile(
            "(?:共\\s*\\d+\\s*页|当前第|上一页|下一页|首页|尾页|末页|第\\s*\\d+\\s*页)");
    private static final Pattern LINK_LIST = Pattern.compile(
            "(?:相关推荐|相关阅读|相关文章|延伸阅读|猜你喜欢|热门推荐|推荐阅读|热门文章|精彩推荐|更多相关)[:：]?.*");
    private static final Pattern BLURB = Pattern.compile(
            "(?:上一篇|下一篇|本文来源|文章来源|来源[:：]|责任编辑|编辑[:：]|作者[:：]|发布时间|发布日期|"
                    + "点击(?:数|次数|量)|阅读(?:数|次数|量)|浏览(?:数|次数)|版权(?:声明|所有)|免责声明|转载请|本文地址|"
                    + "原文地址|原文链接|扫一扫|分享到|返回顶部|打印本页|关闭窗口|【字体|字号[:：]|收藏本页).*");
    private static final int SHORT_LINE = 16;
    private static final int TITLE_LIKE = 40;

    @Override
    public void collect(TrackedText tracked, TextEdits edits, List<Finding> findings) {
        List<Line> lines = Line.of(tracked.text());
        removeCollectionHeading(lines, edits);
        int i = 0;
        while (i < lines.size()) {
            i = removeJunkAt(lines, i, edits);
        }
    }

    private static void removeCollectionHeading(List<Line> lines, TextEdits edits) {
        for (Line line : lines) {
            if (!line.isBlank()) {
                String title = line.trimmed();
                if (title.length() <= TITLE_LIKE && !endsSentence(title)
                        && COLLECTION_HEADING.matcher(title).matches()) {
                    edits.delete(line.start(), line.next(), RepairKind.WEB_JUNK);
                }
                return;
            }
        }
    }

    /** Removes junk starting at line i and returns the index of the next line to look at. */
    private static int removeJunkAt(List<Line> lines, int i, TextEdits edits) {
        Line line = lines.get(i);
        String text = line.trimmed();
        if (LINK_LIST.matcher(text).matches()) {
            int end = i + 1;
            while (end < lines.size() && isListedTitle(lines.get(end).trimmed())) {
                end++;
            }
            delete(lines, i, end, edits);
            return end;
        }
        if (BLURB.matcher(text).matches() && text.length() <= TITLE_LIKE * 2) {
            delete(lines, i, i + 1, edits);
            return i + 1;
        }
        int navigationEnd = navigationBlockEnd(lines, i);
        if (navigationEnd > i) {
            delete(lines, i, navigationEnd, edits);
            return navigationEnd;
        }
        if (i > 0 && isRepeatedTitle(lines, i)) {
            delete(lines, i, i + 1, edits);
        }
        return i + 1;
    }

    /** A block of short lines made only of page-navigation pieces, at least one of them a real one. */
    private static int navigationBlockEnd(List<Line> lines, int i) {
        int end = i;
        boolean navigation = false;
        String joined = "";
        while (end < lines.size()) {
            String text = lines.get(end).trimmed();
            if (text.length() > SHORT_LINE || !text.isEmpty() && !NAVIGATION_PIECE.matcher(text).matches()) {
                break;
            }
            joined += text;
            navigation |= NAVIGATION.matcher(joined).find();
            end++;
        }
        return navigation ? end : i;
    }

    private static boolean isListedTitle(String text) {
        return !text.isEmpty() && text.length() <= TITLE_LIKE && !endsSentence(text);
    }

    /** The same short title line again, right after the first one (blank lines between allowed). */
    private static boolean isRepeatedTitle(List<Line> lines, int i) {
        String text = lines.get(i).trimmed();
        if (text.isEmpty() || text.length() > TITLE_LIKE || endsSentence(text)) {
            return false;
        }
        for (int k = i - 1; k >= 0; k--) {
            if (!lines.get(k).isBlank()) {
                return lines.get(k).trimmed().equals(text);
            }
        }
        return false;
    }

    private static boolean endsSentence(String text) {
        char last = text.charAt(text.length() - 1);
        return "。！？；：!?;:，,".indexOf(last) >= 0;
    }

    private static void delete(List<Line> lines, int from, int to, TextEdits edits) {
        edits.delete(lines.get(from).start(), lines.get(to - 1).next(), RepairKind.WEB_JUNK);
    }
}
