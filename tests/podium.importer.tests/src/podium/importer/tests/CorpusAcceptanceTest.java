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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import podium.importer.ImportedSpeech;
import podium.importer.tests.corpus.CorpusReport;
import podium.importer.tests.corpus.CorpusReport.Scored;
import podium.importer.tests.corpus.FigureScore;
import podium.importer.tests.corpus.ReviewedFigures;

/**
 * Imports the ten real texts in {@code ../shared/corpus} (beside the repository, or beside the main checkout of a
 * worktree) when they are there, and compares the figures with the reviewed lists in {@code corpus/*.figures} of
 * this bundle, written by reading each text: a listed figure that is not extracted lowers recall, an extracted one
 * that is not listed lowers precision; both are asserted per file (recall 95 %, precision 92 % unless the file
 * states a lower bar for an ambiguous text) and overall, with the right level and bound on 92 % of the figures
 * found and 97 % of the blanked numbers flagged. The table is printed and kept in target/corpus-acceptance.txt.
 */
class CorpusAcceptanceTest {

    private static final double QUALIFIERS = 0.92;
    private static final double BLANKS = 0.97;
    private static final Pattern PINYIN = Pattern.compile("[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]");
    private static final Pattern MOJIBAKE = Pattern.compile(
            "[?？][;；,，:：!！a-zA-Z^_@]|[a-z]+\\)|[?\uFFFD]|[\uE000-\uF8FF]");
    private static final Pattern COLLECTION = Pattern.compile("小编|仅供参考|欢迎阅读|篇[一二三四五六七八九十]+$|当前第\\d*页|共\\d+页");
    private static final Path REVIEWED = Paths.get("corpus");
    private static final Map<String, Scored> SCORED = new LinkedHashMap<>();

    @BeforeAll
    static void importCorpus() throws IOException {
        Path corpus = CorpusReport.findCorpus();
        if (corpus == null) {
            return;
        }
        for (String name : CorpusReport.TEXTS) {
            SCORED.put(name, CorpusReport.score(Imports.IMPORTER, corpus, REVIEWED, name));
        }
        String table = CorpusReport.table(new ArrayList<>(SCORED.values()));
        System.out.println("Corpus acceptance (" + corpus + "):\n" + table);
        Path report = Paths.get("target", "corpus-acceptance.txt");
        Files.createDirectories(report.getParent());
        Files.writeString(report, table, StandardCharsets.UTF_8);
    }

    static List<String> texts() {
        return CorpusReport.TEXTS;
    }

    private static Scored scored(String name) {
        Assumptions.assumeTrue(!SCORED.isEmpty(), "../shared/corpus is not there");
        return SCORED.get(name);
    }

    @ParameterizedTest
    @MethodSource("texts")
    void cleansEveryTextAndFindsItsSpeeches(String name) {
        Scored s = scored(name);
        assertThat(s.result().encoding()).isEqualTo("UTF-8");
        assertThat(s.result().speeches()).hasSize(s.reviewed().speeches());
        for (ImportedSpeech speech : s.result().speeches()) {
            assertThat(PINYIN.matcher(speech.text()).find()).as("pinyin left in %s", name).isFalse();
            assertThat(MOJIBAKE.matcher(speech.text()).results().map(m -> m.group()).toList())
                    .as("mojibake left in %s", name).isEmpty();
            assertThat(speech.text().lines().filter(l -> COLLECTION.matcher(l).find()).toList())
                    .as("the collection's junk left in %s", name).isEmpty();
            assertThat(speech.text().chars().filter(c -> c == '□').count()).as("□ in %s", name).isLessThanOrEqualTo(1);
        }
    }

    @ParameterizedTest
    @MethodSource("texts")
    void findsTheListedFiguresAndNoOthers(String name) {
        Scored s = scored(name);
        FigureScore score = s.score();
        assertThat(score.recall()).as("recall of %s:%s", name, score.details())
                .isGreaterThanOrEqualTo(s.reviewed().recall());
        assertThat(score.precision()).as("precision of %s:%s", name, score.details())
                .isGreaterThanOrEqualTo(s.reviewed().precision());
    }

    @ParameterizedTest
    @MethodSource("texts")
    void flagsTheBlankedNumbers(String name) {
        FigureScore score = scored(name).score();
        assertThat(score.flagged()).as("blanked numbers flagged in %s", name)
                .isGreaterThanOrEqualTo((int) Math.ceil(BLANKS * score.blanks()));
    }

    @Test
    void meetsTheGoalsOverall() {
        Assumptions.assumeTrue(!SCORED.isEmpty(), "../shared/corpus is not there");
        int listed = 0;
        int matched = 0;
        int found = 0;
        long qualifiers = 0;
        int blanks = 0;
        int flagged = 0;
        for (Scored s : SCORED.values()) {
            FigureScore f = s.score();
            listed += f.listed();
            matched += f.matches().size();
            found += f.matches().size() + f.extra().size();
            qualifiers += f.rightQualifiers();
            blanks += f.blanks();
            flagged += f.flagged();
        }
        assertThat((double) matched / listed).as("recall").isGreaterThanOrEqualTo(ReviewedFigures.RECALL);
        assertThat((double) matched / found).as("precision").isGreaterThanOrEqualTo(ReviewedFigures.PRECISION);
        assertThat((double) qualifiers / matched).as("right level and bound").isGreaterThanOrEqualTo(QUALIFIERS);
        assertThat((double) flagged / blanks).as("blanked numbers flagged").isGreaterThanOrEqualTo(BLANKS);
    }
}
