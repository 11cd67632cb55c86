/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.lang.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import podium.core.Problem;
import podium.lang.tools.PodiumConversion;
import podium.lang.tools.SourceText;
import podium.lang.validation.IssueCodes;

/** docs/validation.md says what {@link IssueCodes} and the validator do: codes, severities, messages. */
class ValidationDocTest {
    private static final Pattern MESSAGE = Pattern.compile("^Message: `(.*)`$", Pattern.MULTILINE);

    private static String docs;

    @BeforeAll
    static void read() throws IOException {
        docs = Files.readString(Path.of("../../docs/validation.md"), StandardCharsets.UTF_8);
    }

    static List<RuleFixtures.Fixture> fixtures() {
        return RuleFixtures.ALL;
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(IssueCodes.class)
    void tableRowAndHeadingMatchTheMetadata(IssueCodes rule) {
        assertThat(docs).contains("| " + rule.code() + " | " + rule.defaultSeverity().label() + " | "
                + (rule.configurable() ? "yes" : "no") + " | " + rule.summary() + " |\n");
        assertThat(section(rule)).startsWith("### " + rule.code() + " " + rule.summary() + "\n\nSeverity: **"
                + rule.defaultSeverity().label() + "**" + (rule.configurable() ? "" : " (not configurable)")
                + ". Java: `IssueCodes." + rule.name() + "`.");
    }

    @Test
    void everySectionIsARule() {
        Matcher headings = Pattern.compile("^### (PDM-\\S+)", Pattern.MULTILINE).matcher(docs);
        List<String> codes = new ArrayList<>();
        while (headings.find()) {
            codes.add(headings.group(1));
        }
        assertThat(codes).containsExactlyElementsOf(Arrays.stream(IssueCodes.values()).map(IssueCodes::code).toList());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void documentedMessagesAreTheReportedOnes(RuleFixtures.Fixture fixture) {
        List<String> reported = Workspaces.validate(fixture.fail()).stream()
                .filter(p -> p.code().equals(fixture.rule().code())).map(Problem::message).distinct().toList();
        assertThat(messages(fixture.rule())).as(fixture.rule().code()).containsExactlyInAnyOrderElementsOf(reported);
    }

    @Test
    void readingProblemsMatchTheirTemplates() {
        byte[] gbk = "org 市".getBytes(Charset.forName("GBK"));
        assertMatches(IssueCodes.UNREADABLE, SourceText.decode("f.podium", gbk).problem());
        assertMatches(IssueCodes.BINARY, SourceText.decode("f.podium", new byte[] {'o', 0}).problem());
        assertMatches(IssueCodes.XMI_UNREADABLE, PodiumConversion.xmiProblem("f.xmi", new java.io.IOException("Premature end of file.")));
    }

    private static void assertMatches(IssueCodes rule, Problem problem) {
        assertThat(problem.code()).isEqualTo(rule.code());
        List<String> templates = messages(rule);
        assertThat(templates).as(rule.code()).hasSize(1);
        String regex = Arrays.stream(templates.get(0).split("\\{[^}]*\\}", -1)).map(Pattern::quote)
                .reduce((a, b) -> a + ".+" + b).orElseThrow();
        assertThat(problem.message()).as(rule.code()).matches(regex);
    }

    private static List<String> messages(IssueCodes rule) {
        Matcher m = MESSAGE.matcher(section(rule));
        List<String> result = new ArrayList<>();
        while (m.find()) {
            result.add(m.group(1));
        }
        return result;
    }

    private static String section(IssueCodes rule) {
        int start = docs.indexOf("### " + rule.code() + " ");
        assertThat(start).as(rule.code() + " has a section").isNotNegative();
        int end = docs.indexOf("\n### ", start + 1);
        return docs.substring(start, end < 0 ? docs.length() : end + 1);
    }
}
