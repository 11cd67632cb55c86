/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.reports.export.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

import podium.reports.api.ReportData;

/** DOCX in the layout of an official document (GB/T 9704-2012), read back with POI. */
class DocxExportTest {

    private static XWPFDocument document(ReportData data, String name) throws Exception {
        return new XWPFDocument(new ByteArrayInputStream(Samples.export("docx", data, name)));
    }

    @Test
    void theBulletinsPagesAndGrid() throws Exception {
        try (XWPFDocument doc = document(Samples.example("bulletin"), "bulletin.docx")) {
            List<CTSectPr> sections = sections(doc);
            // the text upright, then the 附表 (ten columns) on a page turned sideways
            assertThat(sections).hasSize(2);
            CTSectPr text = sections.get(0);
            // A4 in twips; 天头 37 mm, 订口 28 mm, 26 mm right, 35 mm bottom: a 版心 of 156 × 225 mm
            assertThat(text.getPgSz().getW()).hasToString("11906");
            assertThat(text.getPgSz().getH()).hasToString("16838");
            assertThat(text.getPgMar().getTop()).hasToString("2098");
            assertThat(text.getPgMar().getLeft()).hasToString("1587");
            assertThat(text.getPgMar().getRight()).hasToString("1474");
            assertThat(text.getPgMar().getBottom()).hasToString("1984");
            // 22 lines: 12756 / 22 = 579 twips; 28 characters: (8845 / 20 / 28 − 16) × 4096 = −841.3, down to −842
            assertThat(text.getDocGrid().getType()).isEqualTo(STDocGrid.LINES_AND_CHARS);
            assertThat(text.getDocGrid().getLinePitch()).hasToString("579");
            assertThat(text.getDocGrid().getCharSpace()).hasToString("-842");
            assertThat(text.getFooterReferenceList()).hasSize(2);
            CTSectPr appendix = sections.get(1);
            assertThat(appendix.getPgSz().getW()).hasToString("16838");
            assertThat(appendix.getPgSz().getOrient()).isEqualTo(STPageOrientation.LANDSCAPE);
            assertThat(appendix.getFooterReferenceList()).hasSize(2);
        }
    }

    @Test
    void theBulletinsFacesSizesAndIndents() throws Exception {
        try (XWPFDocument doc = document(Samples.example("bulletin"), "bulletin.docx")) {
            XWPFParagraph title = paragraph(doc, "关于2004年1-8月");
            assertThat(title.getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
            assertRun(title, "方正小标宋简体", 22);

            XWPFParagraph address = paragraph(doc, "各县市区，市直有关单位：");
            assertThat(address.getCTP().getPPr().isSetInd()).isFalse();
            assertRun(address, "仿宋_GB2312", 16);

            XWPFParagraph body = paragraph(doc, "为及时掌握全年目标任务推进情况");
            assertRun(body, "仿宋_GB2312", 16);
            assertThat(body.getCTP().getPPr().getInd().getFirstLineChars()).hasToString("200");
            assertThat(body.getAlignment()).isEqualTo(ParagraphAlignment.BOTH);
            // each line one line of the grid, 28.95 pt exactly; characters condensed by 0.3 pt (28 × 15.7 pt)
            CTPPr ppr = body.getCTP().getPPr();
            assertThat(ppr.getSpacing().getLine()).hasToString("579");
            assertThat(ppr.getSpacing().getLineRule()).isEqualTo(STLineSpacingRule.EXACT);
            assertThat(rPr(body.getRuns().get(0)).getSpacingList().get(0).getVal()).hasToString("-6");

            XWPFParagraph part = paragraph(doc, "一、总体情况");
            assertRun(part, "黑体", 16);
            assertThat(part.getCTP().getPPr().getOutlineLvl().getVal()).hasToString("0");
            assertThat(part.getCTP().getPPr().getInd().getFirstLineChars()).hasToString("200");
            XWPFParagraph subPart = paragraph(doc, "（一）实际利用外资");
            assertRun(subPart, "楷体_GB2312", 16);
            assertThat(subPart.getCTP().getPPr().getOutlineLvl().getVal()).hasToString("1");

            // the issuing office and the date flush right, four characters from the edge, one empty line above
            XWPFParagraph office = paragraph(doc, "南阳市重点目标任务推进工作领导小组办公室");
            XWPFParagraph date = paragraph(doc, "2004年8月31日");
            for (XWPFParagraph signature : List.of(office, date)) {
                assertThat(signature.getAlignment()).isEqualTo(ParagraphAlignment.RIGHT);
                assertThat(signature.getCTP().getPPr().getInd().getRightChars()).hasToString("400");
                assertRun(signature, "仿宋_GB2312", 16);
            }
            List<XWPFParagraph> paragraphs = doc.getParagraphs();
            assertThat(paragraphs.get(paragraphs.indexOf(office) - 1).getText()).isEmpty();
            assertThat(paragraphs.get(paragraphs.indexOf(office) + 1)).isSameAs(date);
        }
    }

    @Test
    void theBulletinsPageNumbers() throws Exception {
        try (XWPFDocument doc = document(Samples.example("bulletin"), "bulletin.docx")) {
            assertThat(doc.getEvenAndOddHeadings()).isTrue();
            XWPFHeaderFooterPolicy policy = new XWPFHeaderFooterPolicy(doc, sections(doc).get(0));
            XWPFParagraph odd = policy.getDefaultFooter().getParagraphs().get(0);
            XWPFParagraph even = policy.getEvenPageFooter().getParagraphs().get(0);
            // "— PAGE —": a dash, the PAGE field, a dash, in 4号 宋体; odd pages right, even pages left
            for (XWPFParagraph footer : List.of(odd, even)) {
                String xml = footer.getCTP().xmlText();
                assertThat(xml.indexOf("— ")).isLessThan(xml.indexOf("fldCharType=\"begin\""));
                assertThat(xml).containsSubsequence("fldCharType=\"begin\"", ">PAGE<", "fldCharType=\"separate\"",
                        "fldCharType=\"end\"", " —");
                assertRun(footer, "宋体", 14);
            }
            assertThat(odd.getAlignment()).isEqualTo(ParagraphAlignment.RIGHT);
            assertThat(odd.getCTP().getPPr().getInd().getRight()).hasToString("280");
            assertThat(even.getAlignment()).isEqualTo(ParagraphAlignment.LEFT);
            assertThat(even.getCTP().getPPr().getInd().getLeft()).hasToString("280");
        }
    }

    @Test
    void theBulletinsAppendix() throws Exception {
        try (XWPFDocument doc = document(Samples.example("bulletin"), "bulletin.docx")) {
            assertThat(doc.getTables()).hasSize(1);
            XWPFTable table = doc.getTables().get(0);
            // the header, 14 units, 合计
            assertThat(table.getRows()).hasSize(16);
            assertThat(table.getRow(0).isRepeatHeader()).isTrue();
            assertThat(table.getRow(0).getCell(1).getText()).isEqualTo("实际利用外资完成额（万美元）");
            // the ten columns need 52.2 ems unbroken (a digit 0.6, -100.00%（14） 8.0, a header at least 4) and 194 twips
            // of margins each: 12902 twips in 五号, more than the turned 版心 (12756), so 小五 (9 pt): 11336
            assertRun(table.getRow(0).getCell(1).getParagraphs().get(0), "黑体", 9);
            assertThat(table.getRow(1).getCell(0).getText()).isEqualTo("宛城区");
            assertThat(table.getRow(1).getCell(1).getText()).isEqualTo("201（2）");
            assertThat(table.getRow(1).getCell(1).getParagraphs().get(0).getAlignment()).isEqualTo(ParagraphAlignment.RIGHT);
            assertRun(table.getRow(1).getCell(1).getParagraphs().get(0), "仿宋_GB2312", 9);
            assertThat(table.getRow(15).getCell(0).getText()).isEqualTo("合计");
            assertThat(table.getRow(15).getCell(1).getParagraphs().get(0).getRuns().get(0).isBold()).isTrue();
            // the title above it, the notes below it
            List<XWPFParagraph> paragraphs = doc.getParagraphs();
            XWPFParagraph title = paragraph(doc, "附表：2004年1-8月各县市区");
            assertThat(paragraphs.get(paragraphs.indexOf(title) - 1).getCTP().getPPr().isSetSectPr()).isTrue();
            XWPFParagraph ranks = paragraph(doc, "括号内数字为位次");
            assertThat(paragraphs.indexOf(ranks)).isGreaterThan(paragraphs.indexOf(title));
            assertThat(doc.getBodyElements().indexOf(ranks)).isGreaterThan(doc.getBodyElements().indexOf(table));
        }
    }

    @Test
    void aDocumentKeepsItsParametersAndOmissionsInItsPropertiesAndItsFontTableNamesAlternatives() throws Exception {
        try (XWPFDocument doc = document(Samples.example("bulletin"), "bulletin.docx")) {
            assertThat(doc.getProperties().getCoreProperties().getTitle())
                    .isEqualTo("关于2004年1-8月全市实际利用外资、外贸出口和全社会固定资产投资完成情况的通报");
            assertThat(doc.getProperties().getCoreProperties().getDescription()).contains("2004-08", "南阳市",
                    "全社会固定资产投资: no figure from 宛城区 for 2004-08");
            assertThat(doc.getParagraphs()).noneMatch(p -> p.getText().contains("bulletin.ftl"));
            PackagePart fonts = doc.getPackage().getPart(PackagingURIHelper.createPartName("/word/fontTable.xml"));
            String table;
            try (InputStream in = fonts.getInputStream()) {
                table = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            assertThat(table).contains("w:name=\"仿宋_GB2312\"><w:altName w:val=\"FangSong_GB2312,仿宋,FangSong\"/>",
                    "w:name=\"方正小标宋简体\"", "w:name=\"黑体\"", "w:name=\"楷体_GB2312\"", "w:name=\"宋体\"");
        }
    }

    @Test
    void aReportWithoutRunningTextInTheSamePageSetup() throws Exception {
        ReportData progress = Samples.example("progress");
        try (XWPFDocument doc = document(progress, "progress.docx")) {
            assertThat(doc.getParagraphs().get(0).getText()).isEqualTo(progress.title());
            assertRun(doc.getParagraphs().get(0), "方正小标宋简体", 22);
            // the parameters under the title, the table, its three charts as pictures
            assertThat(doc.getParagraphs().get(1).getText()).isEqualTo(
                    "As of month: 8/2004; Target period: 2004; Organisation: all; Indicators: all");
            assertThat(doc.getTables()).hasSize(1);
            assertThat(doc.getTables().get(0).getRows()).hasSize(progress.tables().get(0).rows().size() + 1);
            assertThat(doc.getAllPictures()).hasSize(3);
            assertThat(sections(doc).get(0).getDocGrid().getLinePitch()).hasToString("579");
        }
        try (XWPFDocument doc = document(Samples.tablesOnly(), "tables-only.docx")) {
            // what was left out at the end, under a heading
            XWPFParagraph heading = paragraph(doc, "Left out of this report");
            assertThat(doc.getParagraphs().get(doc.getParagraphs().indexOf(heading) + 1).getText())
                    .isEqualTo("南县：5月无数据 <script>");
            XWPFTable table = doc.getTables().get(0);
            // statuses in their colours
            assertThat(table.getRow(1).getCell(6).getColor()).isEqualTo("C6EFCE");
            assertThat(table.getRow(2).getCell(6).getColor()).isEqualTo("FFEB9C");
            assertThat(table.getRow(3).getCell(6).getColor()).isEqualTo("FFC7CE");
            assertThat(table.getRow(3).getCell(1).getText()).isEqualTo("-");
            assertThat(table.getRow(3).getCell(7).getText()).isEqualTo("—");
        }
    }

    private static List<CTSectPr> sections(XWPFDocument doc) {
        List<CTSectPr> sections = new ArrayList<>();
        for (XWPFParagraph p : doc.getParagraphs()) {
            if (p.getCTP().isSetPPr() && p.getCTP().getPPr().isSetSectPr()) {
                sections.add(p.getCTP().getPPr().getSectPr());
            }
        }
        sections.add(doc.getDocument().getBody().getSectPr());
        return sections;
    }

    private static XWPFParagraph paragraph(XWPFDocument doc, String start) {
        return doc.getParagraphs().stream().filter(p -> p.getText().startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no paragraph starting " + start));
    }

    private static CTRPr rPr(XWPFRun run) {
        return run.getCTR().getRPr();
    }

    /** Every run of the paragraph with text: in {@code face} for Chinese and the rest, {@code points} large. */
    private static void assertRun(XWPFParagraph paragraph, String face, double points) throws IOException {
        assertThat(paragraph.getRuns()).isNotEmpty();
        for (XWPFRun run : paragraph.getRuns()) {
            assertThat(rPr(run).getRFontsList().get(0).getEastAsia()).as(paragraph.getText()).isEqualTo(face);
            assertThat(rPr(run).getRFontsList().get(0).getAscii()).as(paragraph.getText()).isEqualTo(face);
            assertThat(run.getFontSizeAsDouble()).as(paragraph.getText()).isEqualTo(points);
        }
    }
}
