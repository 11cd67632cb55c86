/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.libraries.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.File;

import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** PDFBox 3.0.8 (bundles org.apache.pdfbox, .fontbox, .io) writes Chinese with an embedded TrueType CJK font. */
class PdfBoxTest {

    /** Debian fonts-wqy-zenhei; releng/scripts/ensure-tools.sh installs it. */
    static final File ZENHEI = new File("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc");

    @Test
    void writesChineseAndExtractsItBack() throws Exception {
        assertThat(ZENHEI).as("CJK font (apt-get install fonts-wqy-zenhei)").exists();
        byte[] pdf;
        try (TrueTypeCollection fonts = new TrueTypeCollection(ZENHEI); PDDocument doc = new PDDocument()) {
            TrueTypeFont zenhei = fonts.getFontByName("WenQuanYiZenHei");
            assertThat(zenhei).isNotNull();
            PDType0Font font = PDType0Font.load(doc, zenhei, true);
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream text = new PDPageContentStream(doc, page)) {
                text.beginText();
                text.setFont(font, 16);
                text.newLineAtOffset(72, 760);
                text.showText("南阳市重点工作推进情况");
                text.newLineAtOffset(0, -24);
                text.showText("招商引资 完成率 87.50%");
                text.endText();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            pdf = out.toByteArray();
        }

        try (PDDocument back = Loader.loadPDF(pdf)) {
            assertThat(back.getNumberOfPages()).isEqualTo(1);
            assertThat(back.getPage(0).getMediaBox().getWidth()).isEqualTo(PDRectangle.A4.getWidth());
            String text = new PDFTextStripper().getText(back);
            assertThat(text).contains("南阳市重点工作推进情况").contains("招商引资 完成率 87.50%");
        }
        // subset embedded: far smaller than the 17 MB collection
        assertThat(pdf.length).isLessThan(100_000);
    }
}
