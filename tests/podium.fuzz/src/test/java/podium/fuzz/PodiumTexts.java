/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Generators of .podium texts: token soup from the grammar's own words, the example files mutated
 * token by token (grammar-shaped input that is almost right), and layout-only changes of the examples
 * (which still parse: the formatter's and the converter's input).
 */
final class PodiumTexts {

    /** The example files the mutations start from, by name; orgs.podium is the namespace the others import. */
    static final List<String> NAMES = List.of("plan.podium", "measures.podium", "projects.podium", "ranks.podium",
            "actuals-2004.podium");
    static final String ORGS = read("orgs.podium");

    private static final List<Sample> SEEDS = NAMES.stream().map(n -> new Sample(n, read(n))).toList();

    /** Keywords of the grammar (Podium.xtext), ASCII and Chinese, and its punctuation. */
    private static final List<String> KEYWORDS = List.of("actual", "alias", "as-of", "at", "average", "base", "by",
            "cancelled", "city", "completed", "contract", "county", "cumulative", "date", "department", "district",
            "done", "due", "en", "enterprise", "evidence", "for", "group", "growth", "higher-better", "history",
            "import", "in", "in-progress", "indicator", "industry", "investor", "last", "last-year", "leader",
            "lower-better", "measure", "meeting", "members", "namespace", "of", "open", "org", "other", "owner",
            "paid", "peers", "period", "place", "plan", "project", "province", "rank", "ratio", "reported", "size",
            "source", "speaker", "speech", "split", "stage", "status", "stock", "sum", "target", "total", "unit",
            "with", "zone", "一票否决", "万亩", "万人", "万元", "万吨", "万美元", "个百分点", "亿元", "亿美元", "以上",
            "以内", "力争", "同比增长", "左右", "市定", "当月", "省定", "确保", "签约", "累计", "自定", "零", "%", "{",
            "}", ":", ".", ".*", ",", "-", "\"", "//", "/*", "*/", "/**", "\\");
    private static final List<String> ODD_VALUES = List.of("0", "-0", "00", "1e3", "1E-999", "9".repeat(40),
            "0." + "0".repeat(30) + "1", "-1", "3.", ".5", "1,000", "NaN", "Infinity", "2004", "2004H1", "2004H3",
            "2004Q0", "2004Q5", "2004-02-29", "2003-02-29", "2004-13", "2004-00", "0000-01", "9999-12", "2004-1-1",
            "2004-12-32", "99999-01-01", "\"\"", "\"a\\\"b\"", "\"未闭合", "\"\\u0000\"", "南阳市", "宛城区",
            "南阳.*", "南阳.宛城区", "实际利用外资", "名", "a".repeat(300), "\t", "\r\n", "\n\n\n", "\u3000", "\uFEFF",
            "\u200B", "\uD800", "\uDBFF\uDFFF", "\u0085", "\u2028", "\u0001", "\u007F");

    private static final Pattern TOKEN = Pattern.compile("\\s+|\"(?:[^\"\\\\\\n]|\\\\.)*\"?|//[^\\n]*|/\\*.*?\\*/|[^\\s\"]+",
            Pattern.DOTALL);

    private PodiumTexts() {
    }

    /** A text to read as the file {@code name} beside the examples it links to. */
    record Sample(String name, String text) {
        /** The sample a fixture file holds: its name starts with the example it was made from ("plan-…"), if any. */
        static Sample ofFixture(String fixtureName, String text) {
            return new Sample(NAMES.stream().filter(n -> fixtureName.startsWith(n.replace(".podium", "-"))).findFirst()
                    .orElse("input.podium"), text);
        }

        /** The prefix of a fixture kept for this sample. */
        String fixturePrefix() {
            return name.replace(".podium", "");
        }
    }

    /**
     * A workspace of {@code sample} beside the examples the others import or name (orgs.podium, plan.podium),
     * as the CLI reads a folder; returns the sample's resource, or null when it was refused (see readProblems).
     */
    static org.eclipse.xtext.resource.XtextResource load(podium.lang.tools.PodiumWorkspace workspace, Sample sample) {
        loadContext(workspace, sample.name());
        return workspace.addText("/fuzz/" + sample.name(), sample.text());
    }

    /** The examples others link to, but for {@code except}. */
    static void loadContext(podium.lang.tools.PodiumWorkspace workspace, String except) {
        for (String context : CONTEXT) {
            if (!context.equals(except)) {
                workspace.addText("/fuzz/" + context, CONTEXT_TEXTS.get(context));
            }
        }
    }

    private static final List<String> CONTEXT = List.of("orgs.podium", "plan.podium");
    private static final java.util.Map<String, String> CONTEXT_TEXTS = java.util.Map.of("orgs.podium", ORGS,
            "plan.podium", read("plan.podium"));

    static String read(String name) {
        try {
            return Files.readString(Harness.EXAMPLES.resolve(name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One word of the language, an odd value, a name, or a few arbitrary characters. */
    static Arbitrary<String> tokens() {
        return Arbitraries.frequencyOf(
                Tuple.of(5, Arbitraries.of(KEYWORDS)),
                Tuple.of(3, Arbitraries.of(ODD_VALUES)),
                Tuple.of(3, Arbitraries.of(" ", "\n", "\t", "  ", "\r\n")),
                Tuple.of(2, Arbitraries.strings().ofMinLength(1).ofMaxLength(8)),
                Tuple.of(1, Arbitraries.strings().withCharRange('\u4e00', '\u4e40').ofMinLength(1).ofMaxLength(4)));
    }

    /** Token soup: mostly words of the grammar in no order. */
    static Arbitrary<Sample> soup() {
        return tokens().list().ofMaxSize(120).map(list -> new Sample("input.podium", String.join(" ", list)));
    }

    /** An example file with 1 to 8 token mutations: deleted, repeated, swapped, replaced, inserted, or cut off. */
    static Arbitrary<Sample> mutated() {
        Arbitrary<Mutation> mutation = Combinators.combine(Arbitraries.integers().between(0, 5),
                Arbitraries.doubles().between(0, 1), Arbitraries.doubles().between(0, 1), tokens()).as(Mutation::new);
        return Combinators.combine(Arbitraries.of(SEEDS), mutation.list().ofMinSize(1).ofMaxSize(8))
                .as(PodiumTexts::apply);
    }

    /** An example file with its layout changed only: whitespace, blank lines, comments, CRLF; it still parses. */
    static Arbitrary<Sample> relaidOut() {
        Arbitrary<String> space = Arbitraries.of(" ", "  ", "\t", "\n", "\n\n", " // 注释\n", " /* 块 */ ", "\n/** 文档 */\n");
        return Combinators.combine(Arbitraries.of(SEEDS), Arbitraries.integers().between(1, 30).list().ofMaxSize(12),
                space.list().ofMinSize(12).ofMaxSize(12), Arbitraries.of(false, true))
                .as((seed, positions, spaces, crlf) -> {
                    List<String> tokens = tokens(seed.text());
                    for (int i = 0; i < positions.size(); i++) {
                        // only whitespace runs are replaced: the tokens themselves stay
                        int at = Math.floorMod(positions.get(i) * 7919 + i * 104729, Math.max(1, tokens.size()));
                        for (int j = at; j < tokens.size(); j++) {
                            if (tokens.get(j).isBlank()) {
                                tokens.set(j, tokens.get(j).contains("\n") && !spaces.get(i).contains("\n")
                                        ? tokens.get(j) + spaces.get(i) : spaces.get(i));
                                break;
                            }
                        }
                    }
                    String text = String.join("", tokens);
                    return new Sample(seed.name(), crlf ? text.replace("\n", "\r\n") : text);
                });
    }

    private record Mutation(int kind, double at, double other, String token) {
    }

    private static Sample apply(Sample seed, List<Mutation> mutations) {
        List<String> tokens = tokens(seed.text());
        for (Mutation m : mutations) {
            if (tokens.isEmpty()) {
                tokens.add(m.token());
                continue;
            }
            int i = (int) (m.at() * tokens.size()) % tokens.size();
            int j = (int) (m.other() * tokens.size()) % tokens.size();
            switch (m.kind()) {
                case 0 -> tokens.remove(i);
                case 1 -> tokens.add(i, tokens.get(j));
                case 2 -> tokens.set(i, tokens.set(j, tokens.get(i)));
                case 3 -> tokens.set(i, m.token());
                case 4 -> tokens.add(i, m.token());
                default -> tokens.subList(i, tokens.size()).clear();
            }
        }
        return new Sample(seed.name(), String.join("", tokens));
    }

    /** The text split into whitespace runs, strings, comments and words; joining them gives the text back. */
    static List<String> tokens(String text) {
        List<String> result = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        int end = 0;
        while (m.find()) {
            if (m.start() > end) {
                result.add(text.substring(end, m.start()));
            }
            result.add(m.group());
            end = m.end();
        }
        if (end < text.length()) {
            result.add(text.substring(end));
        }
        return result;
    }
}
