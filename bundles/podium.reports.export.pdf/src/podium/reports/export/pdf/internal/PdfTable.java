/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.reports.export.pdf.internal;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import podium.reports.api.Column;
import podium.reports.api.Row;
import podium.reports.api.Table;
import podium.reports.api.Tone;
import podium.reports.api.Value;
import podium.reports.api.format.Formats;

/**
 * A table on the flowing pages: its title kept with the header and first row, columns sharing the
 * text width (numbers never broken, text and headers wrapped), the header repeated on every page
 * the table continues on, totals bold, statuses in their colours, the notes below.
 */
final class PdfTable {

    private static final float[] SIZES = {9f, 8f, 7f};
    private static final float PADDING = 3f;
    private static final float LEADING = 1.3f;
    private static final Color RULE = new Color(0x99, 0x99, 0x99);
    private static final Color HEADER = new Color(0xED, 0xED, 0xED);
    private static final Map<Tone, Color[]> TONES = Map.of(
            Tone.GOOD, new Color[] {new Color(0xC6, 0xEF, 0xCE), new Color(0x00, 0x61, 0x00)},
            Tone.WARNING, new Color[] {new Color(0xFF, 0xEB, 0x9C), new Color(0x9C, 0x57, 0x00)},
            Tone.BAD, new Color[] {new Color(0xFF, 0xC7, 0xCE), new Color(0x9C, 0x00, 0x06)});

    private final PageFlow flow;
    private final Table table;
    private final List<String> header;
    private final List<List<String>> cells = new ArrayList<>();
    private float size;
    private float[] widths;

    PdfTable(PageFlow flow, Table table, Formats formats) {
        this.flow = flow;
        this.table = table;
        this.header = table.columns().stream().map(Column::header).toList();
        for (Row row : table.rows()) {
            cells.add(row.cells().stream().map(formats::cell).toList());
        }
    }

    void draw() throws IOException {
        layout();
        flow.down(6);
        List<String> title = flow.lines(table.title(), 10.5f, flow.width(), flow.width());
        float titleHeight = title.size() * 10.5f * 1.4f + 3;
        float headerHeight = rowHeight(header);
        float first = cells.isEmpty() ? 0 : rowHeight(cells.get(0));
        flow.keep(titleHeight + headerHeight + first);
        flow.paragraph(title, PageFlow.Align.LEFT, 0, 10.5f, 10.5f * 1.4f, true, PageFlow.TEXT);
        flow.down(3);
        drawRow(header, null, true);
        for (int r = 0; r < cells.size(); r++) {
            List<String> row = cells.get(r);
            if (!flow.fits(rowHeight(row))) {
                flow.newPage();
                drawRow(header, null, true);
            }
            drawRow(row, table.rows().get(r), false);
        }
        flow.down(4);
        for (String note : table.notes()) {
            flow.paragraph(flow.lines(note, 8.5f, flow.width(), flow.width()), PageFlow.Align.LEFT, 0, 8.5f, 8.5f * 1.45f,
                    false, PageFlow.GREY);
        }
        flow.down(8);
    }

    /**
     * The size of the text and the columns' widths: each column gets at least its widest number, its
     * longest word and up to six characters of its text (four of its header), and shares what is left
     * in proportion to the rest of its widest value; a smaller size when even that does not fit, and at
     * the smallest size the least widths shrunk alike.
     */
    private void layout() {
        size = SIZES[0];
        widths = new float[0];
        if (header.isEmpty()) {
            return;
        }
        float[] least = null;
        for (float candidate : SIZES) {
            size = candidate;
            float[] natural = new float[header.size()];
            least = new float[header.size()];
            for (int c = 0; c < natural.length; c++) {
                boolean numeric = table.columns().get(c).type().numeric();
                float widest = 0;
                float word = 0;
                for (List<String> row : cells) {
                    widest = Math.max(widest, flow.width(row.get(c), size));
                    word = Math.max(word, longestWord(row.get(c)));
                }
                float headerWidth = flow.width(header.get(c), size);
                natural[c] = Math.max(widest, headerWidth) + 2 * PADDING + 1;
                float text = numeric ? widest : Math.max(Math.min(widest, 6 * size), Math.min(word, 12 * size));
                float head = Math.max(Math.min(headerWidth, 4 * size), Math.min(longestWord(header.get(c)), 8 * size));
                least[c] = Math.max(text, head) + 2 * PADDING + 1;
            }
            widths = share(natural, least, flow.width());
            if (widths != null) {
                return;
            }
        }
        // even the least widths of the smallest size are too wide: shrink them all alike
        float scale = flow.width() / sum(least);
        widths = new float[least.length];
        for (int c = 0; c < least.length; c++) {
            widths[c] = least[c] * scale;
        }
    }

    /** The width of the longest run of Latin letters and digits in {@code text} (Chinese breaks anywhere). */
    private float longestWord(String text) {
        float longest = 0;
        for (String word : text.split("[\\s\\p{IsHan}\\p{InCJKSymbolsAndPunctuation}\\p{InHalfwidthAndFullwidthForms}]+")) { //$NON-NLS-1$
            longest = Math.max(longest, flow.width(word, size));
        }
        return longest;
    }

    /** Widths filling {@code total}: natural ones scaled up, or the least plus a share of the rest; null if the least do not fit. */
    private static float[] share(float[] natural, float[] least, float total) {
        float naturalSum = sum(natural);
        float[] widths = new float[natural.length];
        if (naturalSum <= total) {
            for (int c = 0; c < natural.length; c++) {
                widths[c] = natural[c] * total / naturalSum;
            }
            return widths;
        }
        float leastSum = sum(least);
        if (leastSum > total) {
            return null;
        }
        float extra = naturalSum - leastSum;
        for (int c = 0; c < natural.length; c++) {
            widths[c] = least[c] + (extra <= 0 ? 0 : (natural[c] - least[c]) * (total - leastSum) / extra);
        }
        return widths;
    }

    private float rowHeight(List<String> row) {
        int lines = 1;
        for (int c = 0; c < row.size(); c++) {
            lines = Math.max(lines, cellLines(row.get(c), c).size());
        }
        return lines * size * LEADING + 2 * PADDING;
    }

    private List<String> cellLines(String text, int column) {
        float room = widths[column] - 2 * PADDING;
        return flow.lines(text, size, room, room);
    }

    private void drawRow(List<String> row, Row data, boolean isHeader) throws IOException {
        float height = rowHeight(row);
        float x = flow.left();
        float top = flow.y();
        boolean bold = isHeader || data != null && data.kind() != Row.Kind.DATA;
        for (int c = 0; c < row.size(); c++) {
            Value value = data == null ? null : data.cell(c);
            Color[] tone = value instanceof Value.Status status ? TONES.get(status.tone()) : null;
            flow.box(x, top, widths[c], height, isHeader ? HEADER : tone == null ? null : tone[0], RULE);
            boolean right = !isHeader && table.columns().get(c).type().numeric();
            float lineTop = top - PADDING;
            for (String line : cellLines(row.get(c), c)) {
                float lineX = isHeader ? x + (widths[c] - flow.width(line, size)) / 2
                        : right ? x + widths[c] - PADDING - flow.width(line, size) : x + PADDING;
                flow.text(line, lineX, lineTop, size, size * LEADING, bold, tone == null ? PageFlow.TEXT : tone[1]);
                lineTop -= size * LEADING;
            }
            x += widths[c];
        }
        flow.down(height);
    }

    private static float sum(float[] values) {
        float sum = 0;
        for (float v : values) {
            sum += v;
        }
        return sum;
    }
}
