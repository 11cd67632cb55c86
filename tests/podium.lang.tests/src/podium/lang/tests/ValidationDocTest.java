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
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import podium.core.Problem;
import podium.lang.tools.PodiumConversion;
import podium.lang.tools.SourceText;
import podium.inspections.InspectionDescriptor;
import podium.inspections.Inspector;
import podium.inspections.Severities;
import podium.inspections.builtin.IssueCodes;

/** docs/validation.md says what the catalogue's rules and the validator do: codes, severities, messages. */
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

    static List<InspectionDescriptor> rules() {
        return RuleFixtures.podiumRules();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void tableRowAndHeadingMatchTheMetadata(InspectionDescriptor rule) {
        String summary = rule.name(Locale.ENGLISH);
        assertThat(docs).contains("| " + rule.code() + " | " + rule.defaultSeverity().label() + " | "
                + (rule.configurable() ? "yes" : "no") + " | " + summary + " |\n");
        assertThat(section(rule.code())).startsWith("### " + rule.code() + " " + summary + "\n\nSeverity: **"
                + rule.defaultSeverity().label() + "**" + (rule.configurable() ? "" : " (not configurable)")
                + ". Java: `" + javaName(rule.code()) + "`.");
    }

    @Test
    void everySectionIsARule() {
        Matcher headings = Pattern.compile("^### (PDM-\\S+)", Pattern.MULTILINE).matcher(docs);
        List<String> codes = new ArrayList<>();
        while (headings.find()) {
            codes.add(headings.group(1));
        }
        assertThat(codes).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(rules().stream().map(InspectionDescriptor::code).toList());
    }

    /** The constant a Java reader uses for {@code code}: IssueCodes.X, or the platform's own two. */
    private static String javaName(String code) {
        if (code.equals(Severities.BAD_SETTING)) {
            return "Severities.BAD_SETTING";
        }
        if (code.equals(Inspector.FAILED)) {
            return "Inspector.FAILED";
        }
        return Arrays.stream(IssueCodes.class.getFields()).filter(f -> {
            try {
                return code.equals(f.get(null));
            } catch (IllegalAccessException e) {
                throw new AssertionError(e);
            }
        }).map(f -> "IssueCodes." + f.getName()).findFirst().orElseThrow();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void documentedMessagesAreTheReportedOnes(RuleFixtures.Fixture fixture) {
        List<String> reported = Workspaces.validate(fixture.fail()).stream()
                .filter(p -> p.code().equals(fixture.code())).map(Problem::message).distinct().toList();
        assertThat(messages(fixture.code())).as(fixture.code()).containsExactlyInAnyOrderElementsOf(reported);
    }

    @Test
    void readingProblemsMatchTheirTemplates() {
        byte[] gbk = "org 市".getBytes(Charset.forName("GBK"));
        assertMatches(IssueCodes.UNREADABLE, SourceText.decode("f.podium", gbk).problem());
        assertMatches(IssueCodes.BINARY, SourceText.decode("f.podium", new byte[] {'o', 0}).problem());
        assertMatches(IssueCodes.XMI_UNREADABLE, PodiumConversion.xmiProblem("f.xmi", new java.io.IOException("Premature end of file.")));
    }

    private static void assertMatches(String code, Problem problem) {
        assertThat(problem.code()).isEqualTo(code);
        List<String> templates = messages(code);
        assertThat(templates).as(code).hasSize(1);
        String regex = Arrays.stream(templates.get(0).split("\\{[^}]*\\}", -1)).map(Pattern::quote)
                .reduce((a, b) -> a + ".+" + b).orElseThrow();
        assertThat(problem.message()).as(code).matches(regex);
    }

    private static List<String> messages(String code) {
        Matcher m = MESSAGE.matcher(section(code));
        List<String> result = new ArrayList<>();
        while (m.find()) {
            result.add(m.group(1));
        }
        return result;
    }

    private static String section(String code) {
        int start = docs.indexOf("### " + code + " ");
        assertThat(start).as(code + " has a section").isNotNegative();
        int end = docs.indexOf("\n### ", start + 1);
        return docs.substring(start, end < 0 ? docs.length() : end + 1);
    }
}
