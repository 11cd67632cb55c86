/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Set;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

import podium.importer.ImportCodes;
import podium.importer.ImportResult;
import podium.importer.SpeechImporter;
import podium.importer.TextRepair;

/**
 * The speech importer's clean-up on speeches as websites serve them and worse: junk inserted into the
 * example speech (HTML, pinyin, mojibake, traditional characters, control characters, lone surrogates)
 * in several encodings, and arbitrary bytes. Nothing escapes as an exception, every problem is located
 * with a code of {@link ImportCodes}, and every repair points into the decoded input.
 */
class SpeechFuzz {

    static final String TARGET = "speech";
    private static final String SPEECH;
    private static final Set<String> CODES = Located.codesOf(ImportCodes.class);

    static {
        try (var files = Files.list(Harness.EXAMPLES.resolve("speeches"))) {
            SPEECH = Files.readString(files.filter(f -> f.toString().endsWith(".txt")).findFirst().orElseThrow());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final List<String> JUNK = List.of("<p>", "</div>", "&nbsp;", "&#12345;", "&amp;lt;", "<script>x</script>",
            "wài zī", "lì yòng", "Lì", "ǚ", "àáâã", "鍒╃敤澶栬祫", "鈥滃叏甯傗€?", "Ã¥Â", "在全區利用外資", "會議", "\u0000", "\u0007",
            "\r", "\r\n", "\u2028", "\uFEFF", "\uD800", "\uDC00", "\u200B", "\u3000", "１２３４", "２００４年", "一千二百三十四万",
            "（一）", "二、", "同比增长", "%", "％", "万美元", "亿元", "第", "位", "……", "——", "“", "”", "\n\n\n", "\t", "    ",
            "12.5.6", "1e5", "9".repeat(40), "零点五", "两千零四年", "市长", "同志们：", "（2004年3月6日）", "😀", "\uE000");

    @Property
    void junkSpeechesAreImportedOrReported(@ForAll("speeches") byte[] bytes) {
        importBytes(bytes);
    }

    /** The example speech with junk inserted at places, in one of the encodings websites use; or arbitrary bytes. */
    @Provide
    Arbitrary<byte[]> speeches() {
        Arbitrary<Tuple.Tuple2<Double, String>> insertion = Combinators.combine(Arbitraries.doubles().between(0, 1),
                Arbitraries.frequencyOf(Tuple.of(6, Arbitraries.of(JUNK)), Tuple.of(1, Arbitraries.strings().ofMaxLength(10))))
                .as(Tuple::of);
        Arbitrary<Charset> charset = Arbitraries.of(StandardCharsets.UTF_8, StandardCharsets.UTF_8,
                Charset.forName("GB18030"), Charset.forName("GBK"), Charset.forName("Big5"), StandardCharsets.UTF_16LE,
                StandardCharsets.UTF_16);
        Arbitrary<Double> cut = Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.just(1.0)),
                Tuple.of(1, Arbitraries.doubles().between(0, 1)));
        Arbitrary<byte[]> speech = Combinators.combine(insertion.list().ofMaxSize(30), charset, cut)
                .as((insertions, cs, end) -> {
                    StringBuilder text = new StringBuilder(SPEECH.substring(0, (int) (SPEECH.length() * end)));
                    for (var i : insertions) {
                        text.insert((int) (i.get1() * text.length()), i.get2());
                    }
                    return text.toString().getBytes(cs);
                });
        return Arbitraries.frequencyOf(Tuple.of(9, speech),
                Tuple.of(1, Arbitraries.bytes().array(byte[].class).ofMaxSize(3000)));
    }

    static ImportResult importBytes(byte[] bytes) {
        return Harness.run(TARGET, bytes, "speech.txt", () -> {
            ImportResult result = new SpeechImporter().importBytes("speech.txt", bytes);
            Located.check(result.problems(), CODES::contains);
            String text = result.inputText();
            for (TextRepair repair : result.repairs()) {
                if (repair.offset() < 0 || repair.offset() > text.length() || repair.line() < 1 || repair.column() < 1) {
                    throw new AssertionError("a repair outside the input (" + text.length() + " characters): " + repair);
                }
            }
            return result;
        });
    }
}
