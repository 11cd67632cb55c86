/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.importer.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import podium.importer.ImportResult;
import podium.importer.ImportedFigure;
import podium.importer.ImportedSpeech;
import podium.importer.RepairKind;
import podium.importer.SourceMap;
import podium.importer.TextRepair;

/** The source map leads from every place in the cleaned text back to the input, and repairs the other way. */
class SourceMapTest {

    private static final String INPUT = String.join("\n",
            "共3页 当前第1页",
            "同志们：",
            "各單位要認真總結經驗，今年引進(jìn)項目38個，",
            "實際利用外資3750萬美元。現(xiàn)在要抓緊落實。");

    @Test
    void everyUnchangedCharacterMapsToItself() {
        ImportResult result = Imports.text(INPUT);
        for (ImportedSpeech speech : result.speeches()) {
            String text = speech.text();
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c >= '0' && c <= '9' || c == '同' || c == '志') {
                    assertThat(result.inputText().charAt(speech.sourceMap().inputOffset(i))).as("at %d", i).isEqualTo(c);
                    assertThat(speech.originalText().charAt(speech.originalOffset(i))).isEqualTo(c);
                }
            }
        }
    }

    @Test
    void locatesAFigureInTheInputByLineAndColumn() {
        ImportedSpeech speech = Imports.speech(INPUT);
        ImportedFigure fdi = Imports.figure(speech.figures(), "3750");
        int value = speech.text().indexOf("3750");
        SourceMap.Location at = speech.sourceMap().locate(value);
        assertThat(at.line()).isEqualTo(4).isEqualTo(fdi.line());
        assertThat(at.column()).isEqualTo(7);
        assertThat(at.offset()).isEqualTo(INPUT.indexOf("3750"));
    }

    @Test
    void aSpanCoversWhatWasRemovedInsideItButNotTheLineEnd() {
        ImportedSpeech speech = Imports.speech(INPUT);
        String text = speech.text();
        int start = text.indexOf("引进项目");
        SourceMap.Span span = speech.sourceMap().inputSpan(start, start + 4);
        assertThat(INPUT.substring(span.start(), span.end())).isEqualTo("引進(jìn)項目");
        int comma = text.indexOf("38个，") + 3;
        SourceMap.Span lineEnd = speech.sourceMap().inputSpan(comma, comma + 1);
        assertThat(INPUT.substring(lineEnd.start(), lineEnd.end())).isEqualTo("，");
        ImportedFigure fdi = Imports.figure(speech.figures(), "3750");
        SourceMap.Span quoted = speech.sourceMap().inputSpan(fdi.offset(), fdi.offset() + fdi.length());
        assertThat(INPUT.substring(quoted.start(), quoted.end())).isEqualTo("實際利用外資3750萬美元");
    }

    @Test
    void revealsEachRepairInTheCleanedText() {
        ImportResult result = Imports.text(INPUT);
        ImportedSpeech speech = result.speeches().get(0);
        for (TextRepair repair : result.repairs()) {
            if (repair.kind() == RepairKind.PINYIN) {
                int cleaned = speech.sourceMap().cleanedOffset(repair.offset());
                // the annotation followed 進 or 現: the cleaned text reveals it right after their Simplified forms
                String before = speech.text().substring(0, cleaned);
                assertThat(before).as("%s", repair).endsWith(repair.line() == 3 ? "引进" : "美元。现");
                assertThat(speech.cleanedOffset(repair.offset() - speech.sourceMap().inputOffset(0))).isEqualTo(cleaned);
            }
        }
        assertThat(result.repairs()).filteredOn(r -> r.kind() == RepairKind.PINYIN).hasSize(2);
    }

    @Test
    void theOtherSpeechesOfAFileMapIntoTheirOwnOriginalText() {
        String input = "在全县招商工作会议上的讲话\n同志们：\n全县引进项目12个。\n谢谢大家！\n"
                + "在全县统计工作会议上的讲话\n同志们：\n今年新增企业5家。\n谢谢大家！";
        ImportResult result = Imports.text(input);
        assertThat(result.speeches()).hasSize(2);
        ImportedSpeech second = result.speeches().get(1);
        int five = second.text().indexOf('5');
        assertThat(second.originalText().charAt(second.originalOffset(five))).isEqualTo('5');
        assertThat(second.sourceMap().locate(five).line()).isEqualTo(7);
        assertThat(second.sourceMap().cleanedLength()).isEqualTo(second.text().length());
    }

    @Test
    void refusesOriginsThatRunBackwards() {
        assertThatThrownBy(() -> new SourceMap(new int[] {0, 3, 2}, new int[] {0}))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
