/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.inspections.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import podium.inspections.InspectionDescriptor;
import podium.inspections.builtin.IssueCodes;

/**
 * The catalogue is the one source of truth: every PDM code is defined once (one constant, one definition,
 * one literal in the sources), names and messages exist in both languages, and docs/validation.md lists
 * exactly the catalogue's codes with their severity, configurability and English name.
 */
class CatalogueTest {

    private static final Path ROOT = Path.of("../..");
    private static final Pattern CODE_LITERAL = Pattern.compile("\"(PDM-[A-Z]\\d{3})\"");
    /** A table row whose first cell is a code alone: {@code | PDM-E003 | …}. */
    private static final Pattern TABLE_ROW = Pattern.compile("^\\|\\s*(PDM-[A-Z]\\d{3})\\s*\\|");
    /** A key of an inspection's texts: {@code PDM-T001.name=…}. */
    private static final Pattern TEXT_KEY = Pattern.compile("^\\s*([A-Z]+-[A-Z]\\d{3})\\.");

    private static List<InspectionDescriptor> podium() {
        return Catalogue.PODIUM.inspections();
    }

    @Test
    void podiumsOwnContributionsAreAllAccepted() {
        assertThat(podium()).hasSizeGreaterThanOrEqualTo(60);
        assertThat(Catalogue.PODIUM.problems()).isEmpty();
        assertThat(podium()).allSatisfy(i -> assertThat(i.contributor().id()).startsWith("podium.inspections"));
        assertThat(podium()).extracting(InspectionDescriptor::code).doesNotHaveDuplicates();
    }

    @Test
    void everyIssueCodeConstantIsDistinctAndDefinedByExactlyOneInspection() throws IllegalAccessException {
        Map<String, String> constants = new LinkedHashMap<>();
        for (Field field : IssueCodes.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                String previous = constants.put((String) field.get(null), field.getName());
                assertThat(previous).as("%s and %s share a code", previous, field.getName()).isNull();
            }
        }
        List<String> builtin = podium().stream().filter(i -> i.contributor().id().equals("podium.inspections.builtin"))
                .map(InspectionDescriptor::code).toList();
        assertThat(builtin).containsExactlyInAnyOrderElementsOf(constants.keySet());
    }

    @Test
    void eachCodeIsWrittenInExactlyOnePlaceInTheSources() throws IOException {
        Map<String, List<Path>> places = codeLiterals();
        for (InspectionDescriptor inspection : podium()) {
            assertThat(places.get(inspection.code())).as(inspection.code()).hasSize(1);
        }
        places.forEach((code, where) -> assertThat(where).as(code + " written in").hasSize(1));
    }

    /**
     * Every PDM code of the code base, inspections or not (reading a model file PDM-F, the plugin manager
     * PDM-E, the actuals import PDM-A1xx), is documented by exactly one table row whose first cell is the
     * code, and no row documents a code the sources do not define: one meaning per code, written once.
     */
    @Test
    void everyCodeIsDocumentedByExactlyOneTableRowAndNoRowIsExtra() throws IOException {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
            for (Path doc : docs.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                List<String> lines = Files.readAllLines(doc, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    Matcher row = TABLE_ROW.matcher(lines.get(i));
                    if (row.find()) {
                        rows.computeIfAbsent(row.group(1), c -> new ArrayList<>()).add(doc.getFileName() + ":" + (i + 1));
                    }
                }
            }
        }
        Map<String, List<Path>> defined = codeLiterals();
        defined.keySet().forEach(code -> assertThat(rows.get(code)).as(code + " documented in").hasSize(1));
        assertThat(rows.keySet()).as("codes documented that the sources do not define").isSubsetOf(defined.keySet());
        podium().forEach(i -> assertThat(rows.get(i.code()).get(0)).as(i.code()).startsWith("validation.md:"));
    }

    /** The names, messages and descriptions of a code are in one message file (and its translation). */
    @Test
    void eachCodesTextsAreInOneMessageFile() throws IOException {
        Map<String, Set<Path>> families = new LinkedHashMap<>();
        for (String tree : List.of("bundles", "samples")) {
            try (Stream<Path> files = Files.walk(ROOT.resolve(tree))) {
                for (Path file : files.filter(p -> p.getFileName().toString().matches("inspections(_\\w+)?\\.properties")
                        && p.toString().contains("/src/")).toList()) {
                    Path family = file.resolveSibling("inspections");
                    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                        Matcher key = TEXT_KEY.matcher(line);
                        if (key.find()) {
                            families.computeIfAbsent(key.group(1), c -> new HashSet<>()).add(ROOT.relativize(family));
                        }
                    }
                }
            }
        }
        assertThat(families).isNotEmpty();
        families.forEach((code, where) -> assertThat(where).as(code + " has texts in").hasSize(1));
        podium().forEach(i -> assertThat(families).containsKey(i.code()));
    }

    /** Where each {@code "PDM-…"} string literal is written in the Java sources of the bundles and samples. */
    private static Map<String, List<Path>> codeLiterals() throws IOException {
        Map<String, List<Path>> places = new LinkedHashMap<>();
        for (String tree : List.of("bundles", "samples")) {
            try (Stream<Path> files = Files.walk(ROOT.resolve(tree))) {
                for (Path file : files.filter(p -> p.toString().endsWith(".java") && p.toString().contains("/src/")).toList()) {
                    Matcher m = CODE_LITERAL.matcher(Files.readString(file, StandardCharsets.UTF_8));
                    while (m.find()) {
                        places.computeIfAbsent(m.group(1), c -> new ArrayList<>()).add(ROOT.relativize(file));
                    }
                }
            }
        }
        return places;
    }

    @Test
    void everyInspectionHasItsTextsInBothLanguages() {
        for (InspectionDescriptor i : podium()) {
            assertThat(i.name(Locale.ENGLISH)).as(i.code()).isNotBlank();
            assertThat(i.name(Locale.SIMPLIFIED_CHINESE)).as(i.code()).containsPattern("\\p{IsHan}")
                    .isNotEqualTo(i.name(Locale.ENGLISH));
            assertThat(i.description(Locale.ENGLISH)).as(i.code()).isNotBlank();
            assertThat(i.description(Locale.SIMPLIFIED_CHINESE)).as(i.code()).containsPattern("\\p{IsHan}");
        }
    }

    @Test
    void theDocsSummaryIsTheCatalogue() throws IOException {
        String docs = Files.readString(ROOT.resolve("docs/validation.md"), StandardCharsets.UTF_8);
        String summary = docs.substring(docs.indexOf("## Summary"), docs.indexOf("\n## ", docs.indexOf("## Summary")));
        List<String> rows = summary.lines().filter(l -> l.startsWith("| PDM-")).toList();
        List<String> expected = podium().stream().map(i -> "| " + i.code() + " | " + i.defaultSeverity().label() + " | "
                + (i.configurable() ? "yes" : "no") + " | " + i.name(Locale.ENGLISH) + " |").toList();
        assertThat(rows).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void theDocsHaveOneSectionPerCodeWithItsSeverity() throws IOException {
        String docs = Files.readString(ROOT.resolve("docs/validation.md"), StandardCharsets.UTF_8);
        Matcher headings = Pattern.compile("^### (PDM-\\S+) (.*)$", Pattern.MULTILINE).matcher(docs);
        List<String> codes = new ArrayList<>();
        while (headings.find()) {
            codes.add(headings.group(1));
            InspectionDescriptor inspection = Catalogue.PODIUM.inspection(headings.group(1)).orElse(null);
            assertThat(inspection).as(headings.group(1) + " is in the catalogue").isNotNull();
            assertThat(headings.group(2)).isEqualTo(inspection.name(Locale.ENGLISH));
            String section = docs.substring(headings.end(), next(docs, headings.end()));
            assertThat(section).as(inspection.code()).contains("Severity: **" + inspection.defaultSeverity().label() + "**"
                    + (inspection.configurable() ? "" : " (not configurable)") + ".");
        }
        assertThat(codes).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(podium().stream().map(InspectionDescriptor::code).toList());
    }

    private static int next(String docs, int from) {
        int end = docs.indexOf("\n### ", from);
        return end < 0 ? docs.length() : end;
    }

    @Test
    void codesHaveTheirCategorysLetter() {
        Map<String, String> letters = Map.ofEntries(Map.entry("READING", "X"), Map.entry("NAMES", "LN"),
                Map.entry("PLAN", "P"), Map.entry("INDICATORS", "IG"), Map.entry("TARGETS", "T"), Map.entry("UNITS", "U"),
                Map.entry("DECOMPOSITIONS", "D"), Map.entry("ACTUALS", "A"), Map.entry("RANKS", "R"),
                Map.entry("PROJECTS", "J"), Map.entry("MEASURES", "M"), Map.entry("MEETINGS", "C"),
                Map.entry("SETTINGS", "S"));
        for (InspectionDescriptor i : podium()) {
            assertThat(Arrays.asList(letters.get(i.category().name()).split(""))).as(i.code())
                    .contains(i.code().substring(4, 5));
        }
    }
}
