/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.reports.export.office.internal;

import java.math.BigInteger;

import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTInd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHint;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;

/** Paragraph and run properties as the official layout sets them: faces, sizes, indents, the lines of the grid. */
final class WordRuns {

    private static final String OFF = "0"; //$NON-NLS-1$

    private WordRuns() {
    }

    static CTPPr ppr(XWPFParagraph p) {
        return p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
    }

    static XWPFRun run(XWPFParagraph p, String text, String face, double points, boolean bold) {
        XWPFRun run = p.createRun();
        run.setText(text);
        fonts(run.getCTR().isSetRPr() ? run.getCTR().getRPr() : run.getCTR().addNewRPr(), face);
        run.setFontSize(points);
        if (points == Gbt9704.BODY_SIZE) {
            run.getCTR().getRPr().addNewSpacing().setVal(BigInteger.valueOf(Gbt9704.CONDENSED));
        }
        if (bold) {
            run.setBold(true);
        }
        return run;
    }

    /** The face for every script, Chinese first ({@code w:hint="eastAsia"}). */
    static void fonts(CTRPr rpr, String face) {
        CTFonts fonts = rpr.addNewRFonts();
        fonts.setAscii(face);
        fonts.setHAnsi(face);
        fonts.setEastAsia(face);
        fonts.setCs(face);
        fonts.setHint(STHint.EAST_ASIA);
    }

    /** The first line indented two characters of {@code points} size. */
    static void indentFirstLine(XWPFParagraph p, double points) {
        CTInd ind = ppr(p).isSetInd() ? ppr(p).getInd() : ppr(p).addNewInd();
        ind.setFirstLine(BigInteger.valueOf(Gbt9704.characters(2, points)));
        ind.setFirstLineChars(BigInteger.valueOf(200));
    }

    /** Outside the document grid (tables, notes, pictures, page numbers): single spacing of their own size. */
    static void offGrid(XWPFParagraph p) {
        snapToGrid(p, false);
        spacing(p, 0, 0, 240, STLineSpacingRule.AUTO);
    }

    /**
     * One line of the grid per line of text, by the paragraph itself: exactly the grid's pitch, not
     * snapped to the grid (whose characters LibreOffice would space out, see {@link Gbt9704#CONDENSED}).
     */
    static void gridLines(XWPFParagraph p) {
        snapToGrid(p, false);
        spacing(p, 0, 0, Gbt9704.linePitch(), STLineSpacingRule.EXACT);
    }

    private static void snapToGrid(XWPFParagraph p, boolean snap) {
        CTPPr ppr = ppr(p);
        (ppr.isSetSnapToGrid() ? ppr.getSnapToGrid() : ppr.addNewSnapToGrid()).setVal(snap ? "1" : OFF); //$NON-NLS-1$
    }

    static void spacing(XWPFParagraph p, int before, int after, int line, STLineSpacingRule.Enum rule) {
        CTPPr ppr = ppr(p);
        CTSpacing spacing = ppr.isSetSpacing() ? ppr.getSpacing() : ppr.addNewSpacing();
        spacing.setBefore(BigInteger.valueOf(before));
        spacing.setAfter(BigInteger.valueOf(after));
        spacing.setLine(BigInteger.valueOf(line));
        spacing.setLineRule(rule);
    }
}
