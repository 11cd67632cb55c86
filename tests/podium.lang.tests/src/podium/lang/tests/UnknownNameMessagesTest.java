/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.lang.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import podium.core.Problem;

/** The linker's message for an unknown name (PDM-L001): the kind, the name, and the declared names it is close to. */
class UnknownNameMessagesTest {

    private static final String ORGS = """
            indicator 外资 "实际利用外资" unit 万美元
            indicator 宛城外资 "宛城区外资" unit 万美元
            org 南阳市 city { org 宛城区 district org 卧龙区 district }
            """;

    @Test
    void anUnknownNameSuggestsTheDeclaredNamesItIsCloseTo() {
        List<Problem> problems = unresolved(Workspaces.validateFiles("orgs.podium", ORGS,
                "plan.podium", "plan p \"计划\" period 2004\ntarget 外资 宛成区 2004: 确保 10\n"));
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.message()).isEqualTo("unknown organisation '宛成区'; did you mean '宛城区'?");
            assertThat(p.path()).isEqualTo("plan.podium");
            assertThat(p.line()).isEqualTo(2);
        });
    }

    @Test
    void otherProblemsOfAnElementWithAnUnknownNameNeverSayNull() {
        // line 2: an actual whose value is missing (a syntax error) naming two unknown names; line 4: a rank
        // of an unknown county in a group that lists its members
        List<Problem> problems = Workspaces.validateFiles("orgs.podium", ORGS, "plan.podium",
                "plan p \"计划\" period 2004\nactual 外姿 宛成区 2004-01\ngroup 小 \"小\" size 2 members 宛城区\n"
                        + "rank 外资 宛成区 2004-01 in 小 = 1\n");
        assertThat(problems).extracting(Problem::message).noneMatch(m -> m.contains("null"));
        assertThat(problems).filteredOn(p -> p.code().equals("PDM-A007")).singleElement()
                .satisfies(p -> assertThat(p.message()).isEqualTo("actual of ? for ? in 2004-01 has no value and counts as no data"));
        // the rank's county is reported once, as unknown, not as a member missing from the group
        assertThat(Workspaces.codes(problems)).doesNotContain("PDM-R004");
        assertThat(unresolved(problems)).extracting(Problem::line).containsExactlyInAnyOrder(2, 2, 4);
    }

    @Test
    void onlyNamesOfTheKindTheReferenceNeedsAreSuggested() {
        // 宛城外资 is an indicator: an organisation reference never suggests it, an indicator reference does
        List<Problem> problems = unresolved(Workspaces.validateFiles("orgs.podium", ORGS,
                "plan.podium", "plan p \"计划\" period 2004\ntarget 宛城外姿 宛城 2004: 确保 10\n"));
        assertThat(problems).extracting(Problem::message).containsExactlyInAnyOrder(
                "unknown indicator '宛城外姿'; did you mean '宛城外资'?",
                "unknown organisation '宛城'; did you mean '宛城区'?");
    }

    @Test
    void aNameLikeNoOtherGetsThePlainMessage() {
        List<Problem> problems = unresolved(Workspaces.validateFiles("orgs.podium", ORGS,
                "plan.podium", "plan p \"计划\" period 2004\ntarget 外资 郑州市 2004: 确保 10\n"));
        assertThat(problems).extracting(Problem::message).containsExactly("unknown organisation '郑州市'");
    }

    @Test
    void everyUseOfOneUnknownNameInEveryFileHasTheSameMessage() {
        // what lets podium validate print the uses of one name as one line
        List<Problem> problems = unresolved(Workspaces.validateFiles("orgs.podium", ORGS,
                "a.podium", "actual 外资 宛成区 2004-01 累计 1\nactual 外资 宛成区 2004-02 累计 2\n",
                "b.podium", "actual 外资 宛成区 2004-03 累计 3\n"));
        assertThat(problems).hasSize(3).extracting(Problem::message).containsOnly("unknown organisation '宛成区'; did you mean '宛城区'?");
    }

    private static List<Problem> unresolved(List<Problem> problems) {
        return problems.stream().filter(p -> p.code().equals("PDM-L001")).toList();
    }
}
