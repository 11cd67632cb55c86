/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.importer;

import java.math.BigDecimal;
import java.util.List;

import podium.core.Problem;

/**
 * Writes import results as the JSON documented in {@code docs/import-json.md}: an array with one object
 * per input file. Keys always appear, in a fixed order, with {@code null} for what a text does not state.
 */
public final class ImportJson {

    private final StringBuilder out = new StringBuilder();
    private int depth;

    private ImportJson() {
    }

    /** The JSON array for {@code results}, pretty-printed with two-space indentation, ending in a newline. */
    public static String write(List<ImportResult> results) {
        ImportJson json = new ImportJson();
        json.array(results.size(), i -> json.result(results.get(i)));
        return json.out.append('\n').toString();
    }

    private void result(ImportResult r) {
        open('{');
        field("file").string(r.file()).next();
        field("encoding").string(r.encoding()).next();
        field("repairs").raw(Integer.toString(r.repairs().size())).next();
        field("speeches");
        array(r.speeches().size(), i -> speech(r.speeches().get(i)));
        close('}');
    }

    private void speech(ImportedSpeech s) {
        open('{');
        field("title").string(s.title()).next();
        field("meeting").string(s.meeting()).next();
        field("speaker").string(s.speaker()).next();
        field("date").string(s.date()).next();
        field("text").string(s.text()).next();
        field("sections");
        sections(s.sections());
        next();
        field("figures");
        array(s.figures().size(), i -> figure(s.figures().get(i)));
        next();
        field("mentions");
        array(s.mentions().size(), i -> mention(s.mentions().get(i)));
        next();
        field("problems");
        array(s.problems().size(), i -> problem(s.problems().get(i)));
        close('}');
    }

    private void sections(List<ImportedSection> sections) {
        array(sections.size(), i -> {
            ImportedSection s = sections.get(i);
            open('{');
            field("number").string(s.number()).next();
            field("title").string(s.title()).next();
            field("level").raw(Integer.toString(s.level())).next();
            field("children");
            sections(s.children());
            close('}');
        });
    }

    private void figure(ImportedFigure f) {
        open('{');
        field("indicator").string(f.indicator()).next();
        field("organisation").string(f.organisation()).next();
        field("value").number(f.value()).next();
        field("unit").string(f.unit()).next();
        field("qualifier").string(f.qualifier().label()).next();
        field("level").string(f.level() == null ? null : f.level().label()).next();
        field("bound").string(f.bound().label()).next();
        field("role").string(f.role().label()).next();
        field("of").number(f.of() == null ? null : BigDecimal.valueOf(f.of())).next();
        field("period").string(f.period()).next();
        field("quote").string(f.quote()).next();
        field("line").raw(Integer.toString(f.line()));
        close('}');
    }

    private void mention(ImportedMention m) {
        open('{');
        field("kind").string(m.kind().label()).next();
        field("value").number(m.value()).next();
        field("unit").string(m.unit()).next();
        field("quote").string(m.quote()).next();
        field("line").raw(Integer.toString(m.line()));
        close('}');
    }

    private void problem(Problem p) {
        open('{');
        field("code").string(p.code()).next();
        field("line").raw(Integer.toString(p.line())).next();
        field("message").string(p.message());
        close('}');
    }

    private interface Element {
        void write(int index);
    }

    private void array(int size, Element element) {
        if (size == 0) {
            out.append("[]");
            return;
        }
        open('[');
        for (int i = 0; i < size; i++) {
            if (i > 0) {
                out.append(',');
                newline();
            }
            element.write(i);
        }
        close(']');
    }

    private void open(char bracket) {
        out.append(bracket);
        depth++;
        newline();
    }

    private void close(char bracket) {
        depth--;
        newline();
        out.append(bracket);
    }

    private void newline() {
        out.append('\n').append("  ".repeat(depth));
    }

    private ImportJson field(String name) {
        string(name);
        out.append(": ");
        return this;
    }

    private ImportJson next() {
        out.append(',');
        newline();
        return this;
    }

    private ImportJson raw(String value) {
        out.append(value);
        return this;
    }

    private ImportJson number(BigDecimal value) {
        out.append(value == null ? "null" : value.stripTrailingZeros().toPlainString());
        return this;
    }

    private ImportJson string(String value) {
        if (value == null) {
            out.append("null");
            return this;
        }
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
        return this;
    }
}
