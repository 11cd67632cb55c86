/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.importer.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import podium.core.Problem;
import podium.importer.ImportCodes;
import podium.importer.ImportedFigure;
import podium.importer.ImportedSpeech;

class ProblemsTest {

    @ParameterizedTest
    @ValueSource(strings = {"实际利用外资确保省定万美元。", "完成率低于进度个百分点。", "今年工业投资增速为%。",
        "引进签约项目个，实际进资亿元。", "出口同比增长；进口下降。"})
    void blankedNumbersAreMissingNumbers(String text) {
        ImportedSpeech speech = Imports.speech("同志们：\n" + text);
        assertThat(speech.problems()).isNotEmpty().allSatisfy(p -> {
            assertThat(p.code()).isEqualTo(ImportCodes.MISSING_NUMBER);
            assertThat(p.line()).isEqualTo(2);
        });
        assertThat(speech.figures()).isNotEmpty().allMatch(f -> f.value() == null);
    }

    @Test
    void aBlankedFigureKeepsWhatTheSentenceSays() {
        ImportedFigure f = Imports.figure("实际利用外资确保省定万美元。", "万美元");
        assertThat(f.value()).isNull();
        assertThat(f.unit()).isEqualTo("万美元");
        assertThat(f.indicator()).isEqualTo("实际利用外资");
        assertThat(f.qualifier().label()).isEqualTo("guarantee");
    }

    @Test
    void wordsEndingInACountWordAreNotBlanks() {
        assertThat(Imports.speech("请大家，帮助农户，各个单位、国家和专家都要参与。").problems()).isEmpty();
    }

    @Test
    void placeholdersAreReported() {
        ImportedSpeech speech = Imports.speech("同志们：\n20xx年共组织x个小分队，引进XX项目，渭河**段治理完成x%。");
        List<Problem> problems = speech.problems();
        assertThat(problems).extracting(Problem::code).containsOnly(ImportCodes.PLACEHOLDER).hasSize(5);
        assertThat(problems).allMatch(p -> p.line() == 2);
        assertThat(Imports.figure(speech.figures(), "x个").value()).isNull();
    }

    @Test
    void partsExceedingTheTotalAreASumMismatch() {
        ImportedSpeech speech = Imports.speech("全县引进项目38个，其中工业项目25个、服务业项目20个。");
        assertThat(speech.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(ImportCodes.SUM_MISMATCH);
            assertThat(p.message()).contains("45").contains("38");
        });
    }

    @Test
    void partsNotAddingUpToTheirTotalAreASumMismatch() {
        ImportedSpeech speech = Imports.speech("工业投资12亿元、服务业投资8000万元，合计15亿元。");
        assertThat(speech.problems()).extracting(Problem::code).containsExactly(ImportCodes.SUM_MISMATCH);
        assertThat(Imports.speech("工业投资12亿元、服务业投资8000万元，合计12.8亿元。").problems()).isEmpty();
        // 12.8亿 written to the nearest 亿 is 13亿
        assertThat(Imports.speech("工业投资12亿元、服务业投资8000万元，合计13亿元。").problems()).isEmpty();
        assertThat(Imports.speech("全县引进项目38个，其中工业项目25个、服务业项目13个。").problems()).isEmpty();
    }
}
