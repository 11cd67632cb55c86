/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.lang.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import podium.core.Problem;
import podium.inspections.builtin.IssueCodes;
import podium.model.ModelPackage;

/** Messages name values with the words users write (累计, 签约, in-progress), never the model's Java names. */
class MessagesTest {

    static Stream<RuleFixtures.Fixture> fixtures() {
        return RuleFixtures.ALL.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void noMessageShowsAModelEnumName(RuleFixtures.Fixture fixture) {
        Pattern javaNames = Pattern.compile("\\b(" + String.join("|", modelEnumNames()) + ")\\b");
        assertThat(Workspaces.validate(fixture.fail())).extracting(Problem::message)
                .noneMatch(message -> javaNames.matcher(message).find());
    }

    @Test
    void impossibleNumbersAreNamedInTheLanguagesWordsNotTheJdks() {
        assertThat(messagesOf(IssueCodes.BAD_VALUE, "actual 外资 甲县 2004-08 累计 -\n")).containsOnly("not a valid number: -");
        assertThat(messagesOf(IssueCodes.BAD_VALUE, "group 大 size 99999999999\n"))
                .containsOnly("not a valid whole number: 99999999999");
    }

    @Test
    void duplicateActualNamesTheBasisAsWritten() {
        assertThat(messagesOf(IssueCodes.DUPLICATE_ACTUAL, "actual 外资 甲县 2004-01 当月 5\nactual 外资 甲县 2004-01 当月 6"))
                .containsOnly("another 当月 actual for 2004-01 exists");
    }

    @Test
    void stageHistoryNamesStagesAsWritten() {
        assertThat(messagesOf(IssueCodes.STAGE_HISTORY_ORDER, "project \"某项目\" org 甲县 stage 注册 contract 1 leader \"张\""
                + " history { 签约 2004-03-01 在谈 2004-04-01 }")).containsExactlyInAnyOrder(
                        "stage history goes backwards at 在谈", "stage history ends at 在谈 but the project is at 注册");
    }

    @Test
    void signedWithoutContractNamesTheStageAsWritten() {
        assertThat(messagesOf(IssueCodes.SIGNED_WITHOUT_CONTRACT, "project \"某项目\" org 甲县 stage 投产 leader \"张\""))
                .containsOnly("project at stage 投产 has no contract amount");
    }

    @Test
    void completionStatusNamesTheStatusAsWritten() {
        assertThat(messagesOf(IssueCodes.COMPLETION_STATUS,
                "measure \"完善项目库\" owner 商务局 due 2004-12-31 status in-progress completed 2004-08-01"))
                .containsOnly("completion date given but status is in-progress");
    }

    private static List<String> messagesOf(String code, String text) {
        return Workspaces.validate(text).stream().filter(p -> p.code().equals(code)).map(Problem::message).toList();
    }

    /** FLOW, CUMULATIVE, IN_PROGRESS, ...: every enum literal name of the model with more than one letter. */
    private static List<String> modelEnumNames() {
        return ModelPackage.eINSTANCE.getEClassifiers().stream().filter(EEnum.class::isInstance)
                .flatMap(e -> ((EEnum) e).getELiterals().stream()).map(EEnumLiteral::getName)
                .filter(name -> name.length() > 1).distinct().toList();
    }
}
