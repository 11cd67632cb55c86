/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.reports.bulletin.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import podium.reports.api.Heading;
import podium.reports.api.Paragraph;
import podium.reports.api.ReportException;
import podium.reports.api.Table;
import podium.reports.bulletin.internal.BlockReader;

/** How a template's text lines become report blocks (docs/bulletin.md). */
class BlockReaderTest {

    private static BlockReader.Result read(String text) throws ReportException {
        return new BlockReader("t.ftl", title -> Table.builder("appendix", title == null ? "默认附表" : title).build())
                .read(text);
    }

    @Test
    void everyKindOfLine() throws Exception {
        BlockReader.Result result = read("""
                  # 关于某事的通报

                ## 一、总体情况
                ### （一）利用外资
                #### 1.到位资金
                第一行，
                  第二行。
                Podium
                works

                @主送 各县市区：
                @署名 某市某办公室
                @署名 2004年6月5日
                @注 注：数据为快报数。
                \\# 不是标题，
                \\@ 也不是指令

                @附表 附表：自定义标题
                """);
        assertThat(result.title()).isEqualTo("关于某事的通报");
        assertThat(result.tablePlaced()).isTrue();
        assertThat(result.blocks()).containsExactly(new Heading(1, "一、总体情况"), new Heading(2, "（一）利用外资"),
                new Heading(3, "1.到位资金"), Paragraph.of("第一行，第二行。Podium works"),
                new Paragraph("各县市区：", Paragraph.Style.ADDRESS), new Paragraph("某市某办公室", Paragraph.Style.SIGNATURE),
                new Paragraph("2004年6月5日", Paragraph.Style.SIGNATURE), new Paragraph("注：数据为快报数。", Paragraph.Style.NOTE),
                Paragraph.of("# 不是标题，@ 也不是指令"),
                new Table("appendix", "附表：自定义标题", List.of(), List.of(), List.of()));
    }

    @Test
    void theTableWithItsDefaultTitle() throws Exception {
        assertThat(read("# 标题\n@附表\n").blocks()).containsExactly(
                new Table("appendix", "默认附表", List.of(), List.of(), List.of()));
        assertThat(read("# 标题\n正文\n").tablePlaced()).isFalse();
    }

    @Test
    void mistakesNameTheOutputLine() {
        assertThatThrownBy(() -> read("正文\n")).hasMessage("t.ftl: the template wrote no title line (# …)");
        assertThatThrownBy(() -> read("# 一\n\n# 二\n")).hasMessage("t.ftl, line 3 of its output: a second title line (# …): # 二");
        assertThatThrownBy(() -> read("# 一\n@附表\n@附表\n"))
                .hasMessage("t.ftl, line 3 of its output: the appendix table (@附表) is placed twice");
        assertThatThrownBy(() -> read("# 一\n@署名\n")).hasMessage("t.ftl, line 2 of its output: @署名 needs text after it");
        assertThatThrownBy(() -> read("# 一\n##### 五\n"))
                .hasMessage("t.ftl, line 2 of its output: more than four # do not make a heading: ##### 五");
        assertThatThrownBy(() -> read("# 一\n@附件\n")).hasMessageStartingWith(
                "t.ftl, line 2 of its output: unknown directive @附件 (known: @附表, @主送, @署名, @注; write \\@ for text");
    }
}
