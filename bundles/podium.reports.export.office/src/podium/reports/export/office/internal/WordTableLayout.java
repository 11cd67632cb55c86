/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.reports.export.office.internal;

import java.util.List;

import podium.reports.api.Column;
import podium.reports.api.Row;
import podium.reports.api.Table;
import podium.reports.api.format.Formats;
import podium.reports.export.internal.TextWidth;

/**
 * How a table fits the page: in 五号 (10.5 pt) on the upright 版心 when it fits there, else on a page
 * turned sideways (the 版心 turned: 225 mm wide), in 小五 (9 pt) if 五号 is still too wide. A column
 * needs at least its widest number unbroken, six characters of its text and four of its header; the
 * columns share the rest of the width in proportion to what their widest value and header would need
 * on one line.
 *
 * @param points    the size of the table's text
 * @param landscape whether the table goes on a page turned sideways
 * @param widths    the width of each column in twips, filling the 版心's width
 */
record WordTableLayout(double points, boolean landscape, int[] widths) {

    /** Cell margins, left and right, in twips. */
    static final int CELL_MARGIN = 57;
    /** An Arabic digit or Latin letter, in ems (a Chinese character is one). */
    private static final double HALF_WIDTH = 0.6;

    /** The width of the 版心 turned sideways: 297 − 37 − 35 mm. */
    static int landscapeWidth() {
        return Gbt9704.PAGE_HEIGHT - Gbt9704.TOP - Gbt9704.BOTTOM;
    }

    static WordTableLayout of(Table table, Formats formats) {
        Needs large = needs(table, formats, Gbt9704.TABLE_SIZE);
        if (large.leastTotal() <= Gbt9704.textWidth()) {
            return new WordTableLayout(Gbt9704.TABLE_SIZE, false, large.share(Gbt9704.textWidth()));
        }
        if (large.leastTotal() <= landscapeWidth()) {
            return new WordTableLayout(Gbt9704.TABLE_SIZE, true, large.share(landscapeWidth()));
        }
        return new WordTableLayout(Gbt9704.WIDE_TABLE_SIZE, true,
                needs(table, formats, Gbt9704.WIDE_TABLE_SIZE).share(landscapeWidth()));
    }

    /** What each column needs at {@code points}, in twips. */
    private static Needs needs(Table table, Formats formats, double points) {
        List<Column> columns = table.columns();
        int[] natural = new int[columns.size()];
        int[] least = new int[columns.size()];
        for (int c = 0; c < columns.size(); c++) {
            double widest = 0;
            for (Row row : table.rows()) {
                widest = Math.max(widest, ems(formats.cell(row.cell(c))));
            }
            double header = ems(columns.get(c).header());
            double text = columns.get(c).type().numeric() ? widest : Math.min(widest, 6);
            natural[c] = twips(Math.max(widest, header), points);
            least[c] = twips(Math.max(text, Math.min(header, 4)), points);
        }
        return new Needs(natural, least);
    }

    /** The width of {@code text} in ems. */
    private static double ems(String text) {
        return text.codePoints().mapToDouble(c -> TextWidth.of(c) == 2 ? 1 : TextWidth.of(c) * HALF_WIDTH).sum();
    }

    private static int twips(double ems, double points) {
        return (int) Math.ceil(ems * points * 20) + 2 * CELL_MARGIN + 80;
    }

    private static int sum(int[] widths) {
        int sum = 0;
        for (int width : widths) {
            sum += width;
        }
        return sum;
    }

    /** The natural and least widths of the columns. */
    private record Needs(int[] natural, int[] least) {

        int leastTotal() {
            return sum(least);
        }

        /**
         * Widths filling {@code total}: the natural ones scaled up when they fit, else the least ones
         * and a share of the rest in proportion to what each lacks; the least ones scaled down when
         * even they do not fit.
         */
        int[] share(int total) {
            int[] widths = new int[natural.length];
            if (widths.length == 0) {
                return widths;
            }
            int naturalSum = sum(natural);
            int leastSum = sum(least);
            for (int c = 0; c < widths.length; c++) {
                if (naturalSum <= total) {
                    widths[c] = (int) ((long) natural[c] * total / naturalSum);
                } else if (leastSum <= total) {
                    long lacking = naturalSum - leastSum;
                    widths[c] = least[c] + (int) ((long) (natural[c] - least[c]) * (total - leastSum) / lacking);
                } else {
                    widths[c] = (int) ((long) least[c] * total / leastSum);
                }
            }
            widths[widths.length - 1] += total - sum(widths); // the rounding
            return widths;
        }
    }
}
