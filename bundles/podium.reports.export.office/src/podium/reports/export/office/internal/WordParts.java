/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.reports.export.office.internal;

import static podium.reports.export.office.internal.WordRuns.fonts;
import static podium.reports.export.office.internal.WordRuns.offGrid;
import static podium.reports.export.office.internal.WordRuns.ppr;
import static podium.reports.export.office.internal.WordRuns.run;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocDefaults;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTInd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLanguage;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/** The parts of an official document besides its text: styles, the page-number footers, the font table. */
final class WordParts {

    private static final String FONT_TABLE = "/word/fontTable.xml"; //$NON-NLS-1$
    private static final String FONT_TABLE_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml"; //$NON-NLS-1$
    private static final String FONT_TABLE_RELATION = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable"; //$NON-NLS-1$
    private static final String DASH = "\u2014"; //$NON-NLS-1$

    private WordParts() {
    }

    /** "— 1 —" in 4号 宋体, a PAGE field between two dashes: right on odd pages, left on even ones, one character in. */
    static void pageNumber(XWPFFooter footer, boolean odd) {
        XWPFParagraph p = footer.getParagraphs().isEmpty() ? footer.createParagraph() : footer.getParagraphs().get(0);
        p.setAlignment(odd ? ParagraphAlignment.RIGHT : ParagraphAlignment.LEFT);
        offGrid(p);
        CTInd ind = ppr(p).addNewInd();
        BigInteger one = BigInteger.valueOf(Gbt9704.characters(1, Gbt9704.SMALL_SIZE));
        if (odd) {
            ind.setRight(one);
        } else {
            ind.setLeft(one);
        }
        run(p, DASH + " ", Gbt9704.PAGE_NUMBER_FACE, Gbt9704.SMALL_SIZE, false); //$NON-NLS-1$
        run(p, "", Gbt9704.PAGE_NUMBER_FACE, Gbt9704.SMALL_SIZE, false).getCTR().addNewFldChar() //$NON-NLS-1$
                .setFldCharType(STFldCharType.BEGIN);
        CTText instruction = run(p, "", Gbt9704.PAGE_NUMBER_FACE, Gbt9704.SMALL_SIZE, false).getCTR().addNewInstrText(); //$NON-NLS-1$
        instruction.setStringValue("PAGE"); //$NON-NLS-1$
        run(p, "", Gbt9704.PAGE_NUMBER_FACE, Gbt9704.SMALL_SIZE, false).getCTR().addNewFldChar() //$NON-NLS-1$
                .setFldCharType(STFldCharType.SEPARATE);
        run(p, "1", Gbt9704.PAGE_NUMBER_FACE, Gbt9704.SMALL_SIZE, false); //$NON-NLS-1$
        run(p, "", Gbt9704.PAGE_NUMBER_FACE, Gbt9704.SMALL_SIZE, false).getCTR().addNewFldChar() //$NON-NLS-1$
                .setFldCharType(STFldCharType.END);
        run(p, " " + DASH, Gbt9704.PAGE_NUMBER_FACE, Gbt9704.SMALL_SIZE, false); //$NON-NLS-1$
    }

    /** Document defaults and the Normal style: 3号 仿宋, Chinese as the East Asian language. */
    static void styles(XWPFDocument doc) {
        CTStyles styles = doc.createStyles().getCtStyles();
        CTDocDefaults defaults = styles.isSetDocDefaults() ? styles.getDocDefaults() : styles.addNewDocDefaults();
        CTRPr rpr = defaults.addNewRPrDefault().addNewRPr();
        fonts(rpr, Gbt9704.BODY_FACE);
        rpr.addNewSz().setVal(BigInteger.valueOf(Gbt9704.BODY_SIZE * 2L));
        rpr.addNewSzCs().setVal(BigInteger.valueOf(Gbt9704.BODY_SIZE * 2L));
        CTLanguage language = rpr.addNewLang();
        language.setVal("en-US"); //$NON-NLS-1$
        language.setEastAsia("zh-CN"); //$NON-NLS-1$
        CTStyle normal = styles.addNewStyle();
        normal.setType(STStyleType.PARAGRAPH);
        normal.setStyleId("Normal"); //$NON-NLS-1$
        normal.setDefault("1"); //$NON-NLS-1$
        normal.addNewName().setVal("Normal"); //$NON-NLS-1$
        normal.addNewQFormat();
        // the grid's character pitch is the Normal style's size plus charSpace, in Word and LibreOffice
        CTRPr normalRun = normal.addNewRPr();
        fonts(normalRun, Gbt9704.BODY_FACE);
        normalRun.addNewSz().setVal(BigInteger.valueOf(Gbt9704.BODY_SIZE * 2L));
        normalRun.addNewSzCs().setVal(BigInteger.valueOf(Gbt9704.BODY_SIZE * 2L));
    }

    /** The font table: each face named with its alternative names, as GB2312 fonts. */
    static void fontTable(XWPFDocument doc) throws IOException {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n") //$NON-NLS-1$
                .append("<w:fonts xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"); //$NON-NLS-1$
        Gbt9704.ALTERNATIVE_NAMES.forEach((face, alternatives) -> xml.append("<w:font w:name=\"").append(face) //$NON-NLS-1$
                .append("\"><w:altName w:val=\"").append(alternatives) //$NON-NLS-1$
                .append("\"/><w:charset w:val=\"86\"/><w:family w:val=\"modern\"/><w:pitch w:val=\"fixed\"/></w:font>")); //$NON-NLS-1$
        xml.append("</w:fonts>"); //$NON-NLS-1$
        try {
            PackagePartName name = PackagingURIHelper.createPartName(FONT_TABLE);
            if (doc.getPackage().containPart(name)) {
                return;
            }
            PackagePart part = doc.getPackage().createPart(name, FONT_TABLE_TYPE);
            try (OutputStream out = part.getOutputStream()) {
                out.write(xml.toString().getBytes(StandardCharsets.UTF_8));
            }
            doc.getPackagePart().addRelationship(name, TargetMode.INTERNAL, FONT_TABLE_RELATION);
        } catch (InvalidFormatException e) {
            throw new IOException(e);
        }
    }
}
