/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.reports.export.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import podium.reports.ExportException;
import podium.reports.api.ReportData;
import podium.reports.api.ReportException;
import podium.reports.export.pdf.internal.CjkFont;

/** PDF with an embedded Chinese font, read back with PDFBox. */
class PdfExportTest {

    @Test
    void theBulletinComesBackAsText() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(Samples.export("pdf", Samples.example("bulletin"), "bulletin.pdf"))) {
            String text = words(new PDFTextStripper().getText(pdf));
            assertThat(text).contains("关于2004年1-8月全市实际利用外资、外贸出口和全社会固定资产投资完成情况的通报",
                    "各县市区，市直有关单位：", "一、总体情况", "（一）实际利用外资", "三、下一步要求",
                    "完成年度目标2800万美元的67.50%，超序时进度0.83个百分点",
                    "南阳市重点目标任务推进工作领导小组办公室", "2004年8月31日",
                    "附表：2004年1-8月各县市区", "宛城区201（2）62.81%（10）", "合计189067.50%", "—1—", "—2—");
            for (PDPage page : pdf.getPages()) {
                assertThat(page.getMediaBox().getWidth()).isEqualTo(PDRectangle.A4.getWidth());
                assertThat(page.getMediaBox().getHeight()).isEqualTo(PDRectangle.A4.getHeight());
            }
            List<PDFont> fonts = fonts(pdf);
            assertThat(fonts).isNotEmpty();
            assertThat(fonts).allSatisfy(font -> assertThat(font.isEmbedded()).as(font.getName()).isTrue());
            assertThat(pdf.getDocumentInformation().getTitle()).startsWith("关于2004年1-8月");
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("zh-CN");
        }
    }

    @Test
    void everyKindOfValueIsDrawnInTheEmbeddedFont() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(Samples.export("pdf", Samples.allKinds(), "all-kinds.pdf"))) {
            String text = words(new PDFTextStripper().getText(pdf));
            assertThat(text).contains("截至月份:2004年5月", "注：<b>A&B</b>不是标记。", "西县,\"新区\"",
                    "东县8000.5（1）41.69%（1）+0.02第1位/共3↑2超序时进度12.50%", "7843.5（2）39.22%（2）-2.47第2位/共3↓1低于序时进度—",
                    "南县---第3位/共3–零进度—", "Leftoutofthisreport", "-南县：5月无数据<script>")
                    .doesNotContain("?");
        }
    }

    @Test
    void aLongTableRepeatsItsHeaderOnEachPageAndChartsArePicturesAtTwiceTheResolution() throws Exception {
        ReportData progress = Samples.example("progress");
        try (PDDocument pdf = Loader.loadPDF(Samples.export("pdf", progress, "progress.pdf"))) {
            // 45 rows do not fit one page: every page the table continues on starts with its header
            List<Integer> withHeader = new ArrayList<>();
            for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = stripper.getText(pdf);
                if (text.contains("Indicator") && text.contains("Status")) {
                    withHeader.add(page);
                }
            }
            assertThat(withHeader).hasSizeGreaterThanOrEqualTo(2).startsWith(1);
            String text = words(new PDFTextStripper().getText(pdf));
            assertThat(text).contains("实际利用外资南阳市万美元28003200189067.50%", "南阳高新技术产业开发区");
            List<PDImageXObject> images = images(pdf);
            assertThat(images).hasSize(3);
            // laid out 640 wide, drawn at 2 pixels a unit
            assertThat(images).allSatisfy(image -> assertThat(image.getWidth()).isEqualTo(1280));
        }
    }

    @Test
    void aFontThatIsNotThereGivesAClearMessage() {
        ReportData data = Samples.allKinds();
        assertThatThrownBy(() -> Samples.export("pdf", data, Samples.with("font", "/nonexistent/simsun.ttc"), "none.pdf"))
                .isInstanceOf(ExportException.class)
                .hasMessage("The font file /nonexistent/simsun.ttc named by the export option font does not exist. "
                        + "Install a Chinese TrueType font (Debian/Ubuntu: sudo apt-get install fonts-wqy-zenhei) or name "
                        + "one with the export option font=/path/to/font.ttc or the environment variable PODIUM_CJK_FONT.");
    }

    @Test
    void aFontThatCannotBeEmbeddedGivesAClearMessage(@TempDir Path dir) throws Exception {
        Path otf = Files.writeString(dir.resolve("NotoSansCJK.otf"), "not a font");
        assertThatThrownBy(() -> Samples.export("pdf", Samples.allKinds(), Samples.with("font", otf.toString()), "otf.pdf"))
                .isInstanceOf(ExportException.class)
                .hasMessageContaining("The font file " + otf + " named by the export option font cannot be embedded in a PDF: "
                        + "it is not a TrueType font (.ttf or .ttc");
        Path dejavu = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
        assumeTrue(Files.exists(dejavu), "DejaVu Sans is not installed");
        assertThatThrownBy(() -> Samples.export("pdf", Samples.allKinds(), Samples.with("font", dejavu.toString()), "latin.pdf"))
                .isInstanceOf(ExportException.class).hasMessageContaining("it has no Chinese characters");
    }

    @Test
    void withoutAnyChineseFontTheExportFailsSayingWhatToInstall() {
        assertThatThrownBy(() -> CjkFont.open(null, name -> null, List.of(Path.of("/nonexistent/wqy-zenhei.ttc")), false))
                .isInstanceOf(ReportException.class)
                .hasMessage("PDF export needs a Chinese TrueType font (.ttf or .ttc) to embed and found none (looked at "
                        + "/nonexistent/wqy-zenhei.ttc and asked fc-match). Install a Chinese TrueType font (Debian/Ubuntu: "
                        + "sudo apt-get install fonts-wqy-zenhei) or name one with the export option font=/path/to/font.ttc "
                        + "or the environment variable PODIUM_CJK_FONT.");
    }

    @Test
    void theEnvironmentVariableNamesTheFontWhenTheOptionDoesNot() throws Exception {
        assertThatThrownBy(() -> CjkFont.open(null, name -> name.equals("PODIUM_CJK_FONT") ? "/nonexistent/a.ttf" : null,
                CjkFont.SYSTEM_FONTS, false)).hasMessageStartingWith(
                        "The font file /nonexistent/a.ttf named by the environment variable PODIUM_CJK_FONT does not exist.");
        Path zenhei = CjkFont.SYSTEM_FONTS.get(0);
        assumeTrue(Files.exists(zenhei), "fonts-wqy-zenhei is not installed");
        try (CjkFont font = CjkFont.open(null, name -> zenhei.toString(), List.of(), false)) {
            assertThat(font.file()).isEqualTo(zenhei);
            assertThat(font.has('中')).isTrue();
        }
    }

    /** The text without line breaks and spaces: lines break anywhere in Chinese text. */
    private static String words(String text) {
        return text.replaceAll("\\s+", "");
    }

    private static List<PDFont> fonts(PDDocument pdf) throws Exception {
        List<PDFont> fonts = new ArrayList<>();
        for (PDPage page : pdf.getPages()) {
            PDResources resources = page.getResources();
            for (COSName name : resources.getFontNames()) {
                fonts.add(resources.getFont(name));
            }
        }
        return fonts;
    }

    private static List<PDImageXObject> images(PDDocument pdf) throws Exception {
        List<PDImageXObject> images = new ArrayList<>();
        for (PDPage page : pdf.getPages()) {
            PDResources resources = page.getResources();
            for (COSName name : resources.getXObjectNames()) {
                PDXObject object = resources.getXObject(name);
                if (object instanceof PDImageXObject image) {
                    images.add(image);
                }
            }
        }
        return images;
    }
}
