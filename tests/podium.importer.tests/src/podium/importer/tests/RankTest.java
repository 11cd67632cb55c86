/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.importer.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import podium.importer.Bound;
import podium.importer.FigureRole;
import podium.importer.ImportedFigure;
import podium.importer.ImportedMention;
import podium.importer.ImportedSpeech;
import podium.importer.MentionKind;

/**
 * Ranks in the forms bulletins use are figures with role rank, the rank as value, no unit, and the size of the
 * peer group in {@code of} when the text names it; a place moved (前移3位) is a mention, never a quantity in 位.
 */
class RankTest {

    @Test
    void aRankAmongANamedPeerGroup() {
        ImportedFigure f = only(Imports.speech("一季度，全市进口额在全省18个地市中列第6位。").figures());
        assertRank(f, 6, 18);
        assertThat(f.indicator()).isEqualTo("进口额");
    }

    @Test
    void aRankInItsScopeWithoutNumbers() {
        assertRank(only(Imports.speech("今年以来，规上工业用电量增速居全州第一。").figures()), 1, null);
        assertRank(only(Imports.speech("蔬菜播种面积位列全省首位。").figures()), 1, null);
        assertRank(only(Imports.speech("两个开发区的考核成绩均排在全市首位，比去年大有进步。").figures()), 1, null);
    }

    @Test
    void ranksOfTwoMeasuresOfOneLevel() {
        List<ImportedFigure> figures = Imports.speech("前三季度，我县一般预算收入总量第4、增幅第9。").figures();
        assertThat(figures).hasSize(2).allMatch(f -> f.role() == FigureRole.RANK && f.unit() == null);
        assertThat(figures).extracting(ImportedFigure::indicator).containsExactly("一般预算收入总量", "一般预算收入增幅");
        assertThat(figures).extracting(f -> f.value().intValue()).containsExactly(4, 9);
    }

    @Test
    void aListOfRanksSharingOneWei() {
        List<ImportedFigure> figures = Imports.speech("出口和利用外资两项指标分别排第5位、第12位。").figures();
        assertThat(figures).filteredOn(f -> f.role() == FigureRole.RANK).extracting(f -> f.value().intValue())
                .containsExactly(5, 12);
        assertThat(Imports.speech("两个县的增速分别列第3、4位。").figures()).filteredOn(f -> f.role() == FigureRole.RANK)
                .extracting(f -> f.value().intValue()).containsExactly(3, 4);
        assertThat(Imports.speech("两个县的增速分别列第3、4位。").figures()).noneMatch(f -> "位".equals(f.unit()));
    }

    @Test
    void aMovementIsAMentionAndNeverAQuantity() {
        ImportedSpeech speech = Imports.speech("全县财政收入排名较上季度前移4位，跃升到第7位。");
        assertThat(speech.figures()).singleElement().satisfies(f -> assertRank(f, 7, null));
        assertThat(speech.mentions()).extracting(ImportedMention::kind).containsExactly(MentionKind.MOVEMENT);
        assertThat(speech.mentions().get(0).value()).isEqualByComparingTo("4");
        ImportedSpeech spoken = Imports.speech("我县外资考核比去年后退了两位。");
        assertThat(spoken.figures()).isEmpty();
        assertThat(spoken.mentions()).extracting(ImportedMention::kind).containsExactly(MentionKind.MOVEMENT);
    }

    @Test
    void aRankBeforeAndAfterAMoveBothCount() {
        List<ImportedFigure> figures = Imports.speech("在全省的考核中，我市由第11位上升至第8位。").figures();
        assertThat(figures).extracting(f -> f.value().intValue()).containsExactly(11, 8);
        assertThat(figures).allMatch(f -> f.role() == FigureRole.RANK);
    }

    @Test
    void countedFromTheBottomAndAmongTheFirst() {
        assertRank(only(Imports.speech("全县农民增收在全市9个县区中排倒数第二。").figures()), 8, 9);
        ImportedFigure top = only(Imports.speech("力争进出口总额进入全省前十位。").figures());
        assertThat(top.value()).isEqualByComparingTo("10");
        assertThat(top.bound()).isEqualTo(Bound.AT_MOST);
        assertRank(only(Imports.speech("招商实绩在全市11个县区中居末位。").figures()), 11, 11);
    }

    @Test
    void ordinalsThatAreNoRanks() {
        assertThat(Imports.speech("第一位的任务是保稳定，这是第一责任。").figures()).isEmpty();
        assertThat(Imports.speech("要安排第一批项目尽快开工。").figures()).isEmpty();
    }

    @Test
    void countsOfPeopleInWeiStayCounts() {
        ImportedFigure f = only(Imports.speech("会上表彰了12位优秀企业家。").figures());
        assertThat(f.role()).isNotEqualTo(FigureRole.RANK);
        assertThat(f.unit()).isEqualTo("位");
    }

    private static ImportedFigure only(List<ImportedFigure> figures) {
        assertThat(figures).hasSize(1);
        return figures.get(0);
    }

    private static void assertRank(ImportedFigure f, int rank, Integer of) {
        assertThat(f.role()).isEqualTo(FigureRole.RANK);
        assertThat(f.value()).isEqualByComparingTo(String.valueOf(rank));
        assertThat(f.unit()).isNull();
        assertThat(f.of()).isEqualTo(of);
    }
}
