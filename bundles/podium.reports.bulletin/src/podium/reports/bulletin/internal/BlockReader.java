/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.reports.bulletin.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.eclipse.osgi.util.NLS;

import podium.reports.api.Block;
import podium.reports.api.Heading;
import podium.reports.api.Paragraph;
import podium.reports.api.ReportException;
import podium.reports.api.Table;

/**
 * Turns a bulletin template's text output into report blocks. Each line is read without the blanks
 * around it:
 * <ul>
 * <li>{@code # text}: the bulletin's title (exactly one);</li>
 * <li>{@code ## text}, {@code ### text}, {@code #### text}: headings of level 1 (一、), 2 ((一)) and 3;</li>
 * <li>{@code @主送 text}: the addressees, flush left; {@code @署名 text}: a signature or date line, flush
 * right (one paragraph each); {@code @注 text}: a note in small type;</li>
 * <li>{@code @附表} or {@code @附表 title}: the appendix table goes here (at most once);</li>
 * <li>{@code \text}: body text that starts with # or @;</li>
 * <li>an empty line ends a paragraph; other lines in a row make one body paragraph, joined without a
 * space (with one between two Latin letters or digits).</li>
 * </ul>
 * Anything else starting with @ is an error, as is a missing or second title.
 */
public final class BlockReader {

    /** The directive that places the appendix table. */
    public static final String TABLE = "@附表"; //$NON-NLS-1$
    /** The directive of the addressees (主送). */
    public static final String ADDRESS = "@主送"; //$NON-NLS-1$
    /** The directive of a signature or date line. */
    public static final String SIGNATURE = "@署名"; //$NON-NLS-1$
    /** The directive of a note. */
    public static final String NOTE = "@注"; //$NON-NLS-1$

    /**
     * What the output gave.
     *
     * @param tablePlaced whether the output placed the appendix table
     */
    public record Result(String title, List<Block> blocks, boolean tablePlaced) {
    }

    private final String source;
    private final Function<String, Table> table;
    private final List<Block> blocks = new ArrayList<>();
    private final StringBuilder paragraph = new StringBuilder();
    private String title;
    private boolean tablePlaced;
    private int lineNumber;

    /**
     * @param source the template as the user knows it, for messages
     * @param table  the appendix table for a title given after @附表 (null: the default title)
     */
    public BlockReader(String source, Function<String, Table> table) {
        this.source = source;
        this.table = table;
    }

    /** The blocks of {@code output}. */
    public Result read(String output) throws ReportException {
        for (String line : output.split("\\R", -1)) { //$NON-NLS-1$
            lineNumber++;
            line(line.strip());
        }
        endParagraph();
        if (title == null) {
            throw new ReportException(NLS.bind(Messages.Blocks_noTitle, source));
        }
        return new Result(title, blocks, tablePlaced);
    }

    private void line(String line) throws ReportException {
        if (line.isEmpty()) {
            endParagraph();
        } else if (line.startsWith("#")) { //$NON-NLS-1$
            endParagraph();
            heading(line);
        } else if (line.startsWith("@")) { //$NON-NLS-1$
            endParagraph();
            directive(line);
        } else {
            text(line.startsWith("\\") ? line.substring(1) : line); //$NON-NLS-1$
        }
    }

    private void heading(String line) throws ReportException {
        int level = 0;
        while (level < line.length() && line.charAt(level) == '#') {
            level++;
        }
        String text = required(line.substring(level).strip(), line);
        if (level > 4) {
            throw failure(NLS.bind(Messages.Blocks_tooDeep, line));
        }
        if (level > 1) {
            blocks.add(new Heading(level - 1, text));
        } else if (title != null) {
            throw failure(NLS.bind(Messages.Blocks_secondTitle, line));
        } else {
            title = text;
        }
    }

    private void directive(String line) throws ReportException {
        int space = firstBlank(line);
        String name = line.substring(0, space);
        String text = line.substring(space).strip();
        switch (name) {
            case TABLE -> placeTable(text);
            case ADDRESS -> blocks.add(new Paragraph(required(text, name), Paragraph.Style.ADDRESS));
            case SIGNATURE -> blocks.add(new Paragraph(required(text, name), Paragraph.Style.SIGNATURE));
            case NOTE -> blocks.add(new Paragraph(required(text, name), Paragraph.Style.NOTE));
            default -> throw failure(NLS.bind(Messages.Blocks_unknownDirective, name));
        }
    }

    private void placeTable(String title) throws ReportException {
        if (tablePlaced) {
            throw failure(Messages.Blocks_secondTable);
        }
        tablePlaced = true;
        blocks.add(table.apply(title.isEmpty() ? null : title));
    }

    private void text(String line) {
        if (paragraph.length() > 0 && latin(paragraph.charAt(paragraph.length() - 1)) && latin(line.charAt(0))) {
            paragraph.append(' ');
        }
        paragraph.append(line);
    }

    private void endParagraph() {
        if (paragraph.length() > 0) {
            blocks.add(Paragraph.of(paragraph.toString()));
            paragraph.setLength(0);
        }
    }

    private String required(String text, String what) throws ReportException {
        if (text.isEmpty()) {
            throw failure(NLS.bind(Messages.Blocks_empty, what));
        }
        return text;
    }

    private ReportException failure(String problem) {
        return new ReportException(NLS.bind(Messages.Blocks_at, new Object[] {source, lineNumber, problem}));
    }

    private static int firstBlank(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (Character.isWhitespace(line.charAt(i))) {
                return i;
            }
        }
        return line.length();
    }

    private static boolean latin(char c) {
        return c < 128 && Character.isLetterOrDigit(c);
    }
}
