/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.reports.export.pdf.internal;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.Closeable;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

/**
 * Content flowing down A4 pages: a cursor that moves down as text, boxes and pictures are placed,
 * a new page when something does not fit, and the page numbers "— 1 —" once everything is placed.
 * Text is drawn in the one embedded Chinese font; bold is the same font stroked. Lengths are points.
 */
final class PageFlow implements Closeable {

    static final float MARGIN = 56.7f; // 20 mm
    static final float BOTTOM_MARGIN = 62f; // room for the page number
    static final Color TEXT = Color.BLACK;
    static final Color GREY = new Color(0x55, 0x55, 0x55);

    /** Ascent of a character above its baseline, as a share of its size. */
    private static final float ASCENT = 0.86f;
    private static final char MISSING = '?';

    private final PDDocument doc;
    private final PDType0Font font;
    private final CjkFont cjk;
    private final Map<Integer, Float> widths = new HashMap<>();
    private PDPageContentStream stream;
    private float y;

    PageFlow(PDDocument doc, CjkFont cjk) throws IOException {
        this.doc = doc;
        this.cjk = cjk;
        this.font = PDType0Font.load(doc, cjk.font(), true);
    }

    /** The left edge of the text. */
    float left() {
        return MARGIN;
    }

    /** The width text may take. */
    float width() {
        return PDRectangle.A4.getWidth() - 2 * MARGIN;
    }

    /** Where the next thing goes: the top of the free space, from the page's bottom. */
    float y() {
        return y;
    }

    /** Moves the cursor down by {@code height}. */
    void down(float height) {
        y -= height;
    }

    /** Starts a new page when {@code height} does not fit below the cursor (and the page is not empty). */
    void keep(float height) throws IOException {
        if (stream == null || y - height < BOTTOM_MARGIN && y < top()) {
            newPage();
        }
    }

    /** Whether {@code height} fits below the cursor. */
    boolean fits(float height) {
        return stream != null && y - height >= BOTTOM_MARGIN;
    }

    void newPage() throws IOException {
        if (stream != null) {
            stream.close();
        }
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        stream = new PDPageContentStream(doc, page);
        y = top();
    }

    private static float top() {
        return PDRectangle.A4.getHeight() - MARGIN;
    }

    /** The lines of {@code text} set in {@code size}: the first {@code first} wide, the others {@code rest}. */
    List<String> lines(String text, float size, float first, float rest) {
        return new LineBreaker(c -> width(c) * size).lines(drawable(text), first, rest);
    }

    /** The width of {@code text} in {@code size}. */
    float width(String text, float size) {
        return (float) drawable(text).codePoints().mapToDouble(c -> width(c) * size).sum();
    }

    /** Draws one line of text with its box's top at {@code top}, {@code leading} high. */
    void text(String text, float x, float top, float size, float leading, boolean bold, Color colour) throws IOException {
        String shown = drawable(text);
        if (shown.isEmpty()) {
            return;
        }
        stream.beginText();
        stream.setFont(font, size);
        stream.setNonStrokingColor(colour);
        if (bold) {
            stream.setRenderingMode(RenderingMode.FILL_STROKE);
            stream.setStrokingColor(colour);
            stream.setLineWidth(size * 0.04f);
        } else {
            stream.setRenderingMode(RenderingMode.FILL);
        }
        stream.newLineAtOffset(x, top - (leading - size) / 2 - size * ASCENT);
        stream.showText(shown);
        stream.endText();
    }

    /** Lines of text from the cursor down, aligned left, right or centred in the text width. */
    void paragraph(List<String> lines, Align align, float indent, float size, float leading, boolean bold, Color colour)
            throws IOException {
        for (int i = 0; i < lines.size(); i++) {
            keep(leading);
            String line = lines.get(i);
            float x = switch (align) {
                case LEFT -> left() + (i == 0 ? indent : 0);
                case RIGHT -> left() + width() - width(line, size) - indent;
                case CENTRE -> left() + (width() - width(line, size)) / 2;
            };
            text(line, x, y, size, leading, bold, colour);
            down(leading);
        }
    }

    /** A filled box and/or its outline. */
    void box(float x, float top, float w, float h, Color fill, Color line) throws IOException {
        if (fill != null) {
            stream.setNonStrokingColor(fill);
            stream.addRect(x, top - h, w, h);
            stream.fill();
        }
        if (line != null) {
            stream.setStrokingColor(line);
            stream.setLineWidth(0.5f);
            stream.addRect(x, top - h, w, h);
            stream.stroke();
        }
    }

    /** A picture {@code w} × {@code h} at the cursor, centred. */
    void image(BufferedImage image, float w, float h) throws IOException {
        PDImageXObject picture = LosslessFactory.createFromImage(doc, image);
        stream.drawImage(picture, left() + (width() - w) / 2, y - h, w, h);
        down(h);
    }

    /** "— n —" centred under every page, once all pages are written. */
    void pageNumbers() throws IOException {
        if (stream != null) {
            stream.close();
            stream = null;
        }
        int n = 0;
        for (PDPage page : doc.getPages()) {
            n++;
            String number = "\u2014 " + n + " \u2014"; //$NON-NLS-1$ //$NON-NLS-2$
            try (PDPageContentStream footer = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND,
                    true, true)) {
                stream = footer;
                text(number, (PDRectangle.A4.getWidth() - width(number, 10)) / 2, 44, 10, 12, false, TEXT);
            } finally {
                stream = null;
            }
        }
    }

    @Override
    public void close() throws IOException {
        if (stream != null) {
            stream.close();
            stream = null;
        }
    }

    /** The text with what the font cannot draw replaced: control characters by spaces, missing characters by "?". */
    private String drawable(String text) {
        StringBuilder shown = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (Character.isISOControl(c)) {
                shown.append(' ');
            } else if (cjk.has(c)) {
                shown.appendCodePoint(c);
            } else {
                shown.append(MISSING);
            }
        });
        return shown.toString();
    }

    /** The advance of one character at size 1. */
    private float width(int codePoint) {
        return widths.computeIfAbsent(codePoint, c -> {
            try {
                return font.getStringWidth(new String(Character.toChars(c))) / 1000f;
            } catch (IOException | IllegalArgumentException e) {
                return 0.5f;
            }
        });
    }

    /** How lines sit in the text width. */
    enum Align {
        LEFT, RIGHT, CENTRE
    }
}
