/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.cli.internal.output;

import java.util.List;
import java.util.Map;

import picocli.CommandLine.Help;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * picocli's help with Podium's line breaks ({@link HelpLines}): picocli breaks where Java's line
 * {@link java.text.BreakIterator} allows, which splits {@code ~/.local/share} after the dot and Chinese
 * between any two characters, 代 and 码 included. The texts are the same; only where they break changes.
 * Lines of the description and footer that start with a space are examples to copy: they are never broken.
 */
public final class WrappingHelp extends Help {

    public WrappingHelp(CommandSpec spec, ColorScheme colorScheme) {
        super(spec, colorScheme);
    }

    /** How wide picocli draws a text: the measure the lines must fit. */
    public static int columns(String text) {
        return Ansi.OFF.new Text(text).getCJKAdjustedLength();
    }

    @Override
    public String description(Object... params) {
        return paragraphs(commandSpec().usageMessage().description(), params);
    }

    @Override
    public String footer(Object... params) {
        return paragraphs(commandSpec().usageMessage().footer(), params);
    }

    @Override
    public Layout createDefaultLayout() {
        return rewrapped(super.createDefaultLayout());
    }

    @Override
    public Layout createDefaultLayout(List<OptionSpec> options, List<PositionalParamSpec> positionals,
            ColorScheme scheme) {
        return rewrapped(super.createDefaultLayout(options, positionals, scheme));
    }

    @Override
    public TextTable createTextTable(Map<?, ?> map) {
        return new Table(colorScheme(), super.createTextTable(map));
    }

    private Layout rewrapped(Layout layout) {
        return new Layout(layout.colorScheme(), new Table(layout.colorScheme(), layout.textTable()),
                layout.optionRenderer(), layout.parameterRenderer());
    }

    private String paragraphs(String[] texts, Object... params) {
        StringBuilder out = new StringBuilder();
        int width = commandSpec().usageMessage().width() - 1; // picocli leaves the last column free
        for (String text : texts) {
            for (String paragraph : String.format(text, params).split("\r\n|\r|\n", -1)) { //$NON-NLS-1$
                if (paragraph.startsWith(" ")) { //$NON-NLS-1$
                    out.append(paragraph.stripTrailing()).append(System.lineSeparator());
                    continue;
                }
                for (HelpLines.Line line : HelpLines.wrap(paragraph, width, width, WrappingHelp::columns)) {
                    out.append(paragraph, line.start(), line.end()).append(System.lineSeparator());
                }
                if (paragraph.isEmpty()) {
                    out.append(System.lineSeparator());
                }
            }
        }
        return out.toString();
    }

    /** A table whose last column, where descriptions go, breaks with {@link HelpLines}. */
    private static final class Table extends TextTable {

        private final ColorScheme scheme;

        Table(ColorScheme scheme, TextTable model) {
            super(scheme, model.columns());
            this.scheme = scheme;
            indentWrappedLines = model.indentWrappedLines;
            setAdjustLineBreaksForWideCJKCharacters(model.isAdjustLineBreaksForWideCJKCharacters());
        }

        @Override
        public Cell putValue(int row, int col, Ansi.Text value) {
            Column[] columns = columns();
            Column column = columns[col];
            if (value == null || col != columns.length - 1 || column.overflow != Column.Overflow.WRAP) {
                return super.putValue(row, col, value);
            }
            int first = column.width - column.indent;
            List<HelpLines.Line> lines = HelpLines.wrap(value.plainString(), first, first - indentWrappedLines,
                    WrappingHelp::columns);
            if (lines.size() <= 1) {
                return super.putValue(row, col, value);
            }
            // each line fits, so picocli writes it as it is; the next ones indented as picocli indents them
            Cell cell = super.putValue(row, col, value.substring(lines.get(0).start(), lines.get(0).end()));
            Ansi.Text indent = scheme.ansi().new Text(" ".repeat(indentWrappedLines), scheme); //$NON-NLS-1$
            for (HelpLines.Line line : lines.subList(1, lines.size())) {
                addEmptyRow();
                cell = super.putValue(rowCount() - 1, col, indent.concat(value.substring(line.start(), line.end())));
            }
            return cell;
        }
    }
}
