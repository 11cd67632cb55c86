/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.lang.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import podium.inspections.InspectionDescriptor;

/** Every rule reports its code on its failing fixture and stays silent on its passing one. */
class RuleTest {

    static Stream<RuleFixtures.Fixture> fixtures() {
        return RuleFixtures.ALL.stream();
    }

    @Test
    void preludeIsClean() {
        assertThat(Workspaces.validate("")).isEmpty();
    }

    @ParameterizedTest(name = "{0} fails")
    @MethodSource("fixtures")
    void failingFixtureReportsTheCode(RuleFixtures.Fixture fixture) {
        assertThat(Workspaces.codes(Workspaces.validate(fixture.fail()))).contains(fixture.code());
    }

    @ParameterizedTest(name = "{0} passes")
    @MethodSource("fixtures")
    void passingFixtureDoesNotReportTheCode(RuleFixtures.Fixture fixture) {
        assertThat(Workspaces.codes(Workspaces.validate(fixture.pass()))).doesNotContain(fixture.code());
    }

    @ParameterizedTest(name = "{0} severity")
    @MethodSource("fixtures")
    void reportedWithTheDefaultSeverity(RuleFixtures.Fixture fixture) {
        assertThat(Workspaces.validate(fixture.fail()).stream().filter(p -> p.code().equals(fixture.code())))
                .allSatisfy(p -> assertThat(p.severity()).isEqualTo(fixture.rule().defaultSeverity()));
    }

    @Test
    void everyRuleHasFixturesOrATestElsewhere() {
        assertThat(Stream.concat(RuleFixtures.ALL.stream().map(RuleFixtures.Fixture::code),
                RuleFixtures.TESTED_ELSEWHERE.stream())).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(
                        RuleFixtures.podiumRules().stream().map(InspectionDescriptor::code).toList());
    }

    @Test
    void atLeastThirtyConfigurableRules() {
        assertThat(RuleFixtures.podiumRules().stream().filter(InspectionDescriptor::configurable))
                .hasSizeGreaterThanOrEqualTo(30);
    }

    @Test
    void codesAreUniqueAndWellFormed() {
        assertThat(RuleFixtures.podiumRules().stream().map(InspectionDescriptor::code)).doesNotHaveDuplicates()
                .allMatch(c -> c.matches("PDM-[A-Z]\\d{3}"));
    }

    @Test
    void everyCodeIsDocumentedWithSeverity() throws IOException {
        String docs = Files.readString(Path.of("../../docs/validation.md"), StandardCharsets.UTF_8);
        for (InspectionDescriptor rule : RuleFixtures.podiumRules()) {
            assertThat(docs).as(rule.code()).containsPattern("### " + rule.code() + "\\b");
            assertThat(docs).as(rule.code()).contains("| " + rule.code() + " | " + rule.defaultSeverity().label() + " |");
        }
    }
}
