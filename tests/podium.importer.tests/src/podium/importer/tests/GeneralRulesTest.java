/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.importer.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import podium.importer.FigureRole;
import podium.importer.ImportCodes;
import podium.importer.ImportedFigure;
import podium.importer.ImportedSpeech;
import podium.importer.Level;

/**
 * The general rules that replaced rules fitted to single sentences: the organisation a figure is stated for,
 * the noun after a count that ends at a collective head, a blank count before 的, and zero targets.
 */
class GeneralRulesTest {

    /** An organisation named before a figure is its subject, whatever the type of organisation. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "由宏达纺织厂投资2亿元建设。 | 2 | 投资 | 宏达纺织厂",
        "县农商银行发放小微贷款6亿元。 | 6 | 小微贷款 | 县农商银行",
        "引进了由某某物流公司投资3亿元的仓储项目。 | 3 | 投资 | 某某物流公司",
        "县供销合作社实现销售额1.8亿元。 | 1.8 | 销售额 | 县供销合作社",
        "其中东城区确保引资9亿元。 | 9 | 引资 | 东城区",
    })
    void anOrganisationBeforeAFigureIsItsSubject(String text, String value, String indicator, String organisation) {
        ImportedFigure f = Imports.figure(text, value);
        assertThat(f.indicator()).isEqualTo(indicator);
        assertThat(f.organisation()).isEqualTo(organisation);
    }

    /** Words ending in an administrative type are no organisations unless they stand before their task. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "全县共有行政村214个。 | 214",
        "改造农村公路160公里。 | 160",
        "三个开发区完成投资52亿元。 | 52",
    })
    void kindsOfAreaAreNoOrganisations(String text, String value) {
        assertThat(Imports.figure(text, value).organisation()).isNull();
    }

    @Test
    void aSplitAmongUnitsGivesEachShareTheIndicatorSplit() {
        List<ImportedFigure> figures = Imports.speech("今年外贸出口确保6000万美元。县里把外贸出口任务分解到各乡镇，"
                + "其中城关镇确保1200万美元，河口镇确保800万美元、力争950万美元。").figures();
        assertThat(figures).filteredOn(f -> f.organisation() != null).extracting(f -> f.organisation()
                + " " + f.indicator() + " " + f.level()).containsExactly("城关镇 外贸出口 GUARANTEE",
                        "河口镇 外贸出口 GUARANTEE", "河口镇 外贸出口 STRIVE");
    }

    @Test
    void aCountedNounEndsAtItsCollectiveHead() {
        assertThat(Imports.figure("县里派出6个工作组外出考察学习。", "6个").indicator()).isEqualTo("工作组");
        assertThat(Imports.figure("全县组建了12支服务队下乡宣传。", "12支").indicator()).isEqualTo("服务队");
    }

    /** A count word that lost its number may be followed by 的 and the noun it qualifies. */
    @Test
    void aBlankedCountBeforeDeIsABlank() {
        ImportedSpeech speech = Imports.speech("年初县里提出了新增规上企业户的工作目标。");
        assertThat(speech.problems()).extracting(p -> p.code()).containsExactly(ImportCodes.MISSING_NUMBER);
        assertThat(speech.figures()).singleElement().satisfies(f -> assertThat(f.unit()).isEqualTo("户"));
        assertThat(Imports.speech("要关心困难农户的生活。").problems()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "确保重要时段零赴京。 | 赴京",
        "确保全年零越级上访。 | 越级上访",
        "力争做到安全生产零事故。 | 事故",
    })
    void zeroTargetsOfEveryKind(String text, String what) {
        ImportedFigure f = Imports.speech(text).figures().stream().filter(x -> x.value().signum() == 0).findFirst()
                .orElseThrow();
        assertThat(f.indicator()).endsWith(what.substring(what.length() - 2));
        assertThat(f.level()).isNotNull();
        assertThat(f.role()).isEqualTo(FigureRole.TARGET);
    }

    @Test
    void aZeroThatIsNoTargetIsNoFigure() {
        assertThat(Imports.speech("干部要与群众零距离接触。").figures()).isEmpty();
        assertThat(Imports.figure("确保重要时段零赴京。", "零").level()).isEqualTo(Level.GUARANTEE);
    }
}
