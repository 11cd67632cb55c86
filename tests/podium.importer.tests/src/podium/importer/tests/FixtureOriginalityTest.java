/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.importer.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import podium.importer.ImportResult;
import podium.importer.tests.corpus.CorpusReport;

/**
 * The unit tests' fixtures are our own sentences: no Chinese string literal of a unit test shares a run of ten
 * characters with a corpus text, either as the website printed it (pinyin annotations left out) or as the importer
 * cleans it. The acceptance test and its reviewed lists, which quote the corpus on purpose, are not unit tests.
 * Runs when {@code ../shared/corpus} is there.
 */
class FixtureOriginalityTest {

    private static final int RUN = 10;
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");
    private static final Pattern PINYIN = Pattern.compile("\\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\\)");

    @Test
    void noFixtureCopiesTenCharactersOfTheCorpus() throws IOException {
        Path corpus = CorpusReport.findCorpus();
        Assumptions.assumeTrue(corpus != null, "../shared/corpus is not there");
        List<String> texts = corpusTexts(corpus);
        List<String> copied = new ArrayList<>();
        try (Stream<Path> sources = Files.walk(Paths.get("src"))) {
            for (Path source : sources.filter(FixtureOriginalityTest::isUnitTest).sorted().toList()) {
                Matcher m = LITERAL.matcher(Files.readString(source, StandardCharsets.UTF_8));
                while (m.find()) {
                    String run = copiedRun(unescape(m.group(1)), texts);
                    if (run != null) {
                        copied.add(source.getFileName() + ": «" + run + "» in \"" + m.group(1) + "\"");
                    }
                }
            }
        }
        assertThat(copied).isEmpty();
    }

    private static boolean isUnitTest(Path source) {
        String name = source.toString().replace('\\', '/');
        return name.endsWith(".java") && !name.contains("/corpus/") && !name.endsWith("CorpusAcceptanceTest.java")
                && !name.endsWith("FixtureOriginalityTest.java");
    }

    private static List<String> corpusTexts(Path corpus) throws IOException {
        List<String> texts = new ArrayList<>();
        for (String name : CorpusReport.TEXTS) {
            texts.add(PINYIN.matcher(Files.readString(corpus.resolve(name), StandardCharsets.UTF_8)).replaceAll(""));
            ImportResult result = Imports.IMPORTER.importFile(corpus.resolve(name));
            result.speeches().forEach(s -> texts.add(s.text()));
        }
        return texts;
    }

    /** The first run of ten characters of {@code literal} found in a corpus text, or null. */
    private static String copiedRun(String literal, List<String> texts) {
        if (literal.codePoints().noneMatch(Character::isIdeographic)) {
            return null;
        }
        for (int i = 0; i + RUN <= literal.length(); i++) {
            String run = literal.substring(i, i + RUN);
            if (texts.stream().anyMatch(t -> t.contains(run))) {
                return run;
            }
        }
        return null;
    }

    private static String unescape(String literal) {
        return literal.replace("\\n", "\n").replace("\\\"", "\"").replace("\\\\", "\\");
    }
}
