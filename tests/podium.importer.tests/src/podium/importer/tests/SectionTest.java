/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.importer.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import podium.importer.ImportedSection;

class SectionTest {

    /** Sections as "level number title" lines, depth first. */
    private static List<String> outline(String text) {
        return flatten(Imports.speech(text).sections()).toList();
    }

    private static Stream<String> flatten(List<ImportedSection> sections) {
        return sections.stream().flatMap(s -> Stream.concat(Stream.of(s.level() + " " + s.number() + " " + s.title()),
                flatten(s.children())));
    }

    @Test
    void nestsTheUsualHierarchy() {
        String text = String.join("\n", "同志们：", "一、回顾去年，看清差距。", "（一）抓工业生产。工业是关键。",
                "1.支持企业生产。要加强监测。", "（1）落实帮扶制度。", "2.加快园区建设。", "（二）抓项目建设。",
                "二、瞄准目标，找准抓手。");
        assertThat(outline(text)).containsExactly("1 一、 回顾去年，看清差距", "2 （一） 抓工业生产", "3 1. 支持企业生产",
                "4 （1） 落实帮扶制度", "3 2. 加快园区建设", "2 （二） 抓项目建设", "1 二、 瞄准目标，找准抓手");
    }

    @Test
    void readsPointsNumberedInsideParagraphs() {
        String text = String.join("\n", "一、要拓宽招商的渠道。眼下要抓好三件事：第一，要盯紧重点产业。主攻的是装备制造。"
                + "第二，要办好园区平台。我们要做好四项工作：一是完善配套设施。二是清理低效用地。首先要核清底数。",
                "二、要留住引来的企业。");
        assertThat(outline(text)).containsExactly("1 一、 要拓宽招商的渠道", "2 第一 要盯紧重点产业",
                "2 第二 要办好园区平台", "3 一是 完善配套设施", "3 二是 清理低效用地", "2 首先 要核清底数",
                "1 二、 要留住引来的企业");
    }

    @Test
    void toleratesMissingAndRestartedNumbering() {
        // the text lost 一、; a list restarting at 一是 inside 三是要 nests under it
        String text = String.join("\n", "三是要在法治上求突破。主要表现在：一是意识有待加强。二是收集有待规范。",
                "四是要在队伍上求突破。", "二、做好新时期工作需要采取有力举措 今年是开局之年。", "一是要优化服务。");
        assertThat(outline(text)).containsExactly("1 三是要 在法治上求突破", "2 一是 意识有待加强", "2 二是 收集有待规范",
                "1 四是要 在队伍上求突破", "1 二、 做好新时期工作需要采取有力举措", "2 一是要 优化服务");
    }

    @Test
    void aListStartedAtALineStartContinuesInsideTheParagraph() {
        String text = "一是压实责任，层层落实。书记亲自抓。二是细化任务，挂图作战。三是强化督查。";
        assertThat(outline(text)).containsExactly("1 一是 压实责任，层层落实", "1 二是 细化任务，挂图作战", "1 三是 强化督查");
    }

    @Test
    void headingsKnowTheirInputLine() {
        String text = "同志们：\n一、回头看。\n\n二、向前看。";
        List<ImportedSection> sections = Imports.speech(text).sections();
        assertThat(sections).extracting(ImportedSection::line).containsExactly(2, 4);
    }
}
