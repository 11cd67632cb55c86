/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.reports.export.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import podium.reports.ExporterDescriptor;
import podium.reports.ExporterRegistry;
import podium.reports.api.ReportData;

/** The seven built-in formats come through the extension point like any plugin's, and say honestly what they accept. */
class RegistryTest {

    @Test
    void theSevenFormatsAreContributed() {
        List<ExporterDescriptor> formats = ExporterRegistry.getDefault().exporters();
        assertThat(formats).extracting(f -> f.format() + "." + f.extension() + (f.isText() ? " text" : "") + " "
                + f.contributor().id()).contains(
                        "csv.csv text podium.reports.export", "txt.txt text podium.reports.export",
                        "html.html text podium.reports.export", "png.png podium.reports.export",
                        "xlsx.xlsx podium.reports.export.office", "docx.docx podium.reports.export.office",
                        "pdf.pdf podium.reports.export.pdf");
        assertThat(formats).allSatisfy(f -> assertThat(f.name()).isNotBlank());
        assertThat(formats).allSatisfy(f -> assertThat(f.nameEn()).isNotBlank());
        assertThat(ExporterRegistry.getDefault().problems()).noneMatch(p -> p.contains("podium.reports.export"));
    }

    @Test
    void whatEachFormatAccepts() throws Exception {
        ReportData all = Samples.allKinds();
        ReportData tables = Samples.tablesOnly();
        ReportData chartOnly = new ReportData("c", "图", List.of(), List.of(all.charts().get(0)), List.of());
        ReportData text = new ReportData("t", "文字", List.of(), all.blocks().subList(0, 2), List.of());
        assertThat(accepting(all)).containsExactly("csv", "txt", "html", "png", "xlsx", "docx", "pdf");
        assertThat(accepting(tables)).containsExactly("csv", "txt", "html", "png", "xlsx", "docx", "pdf");
        assertThat(accepting(chartOnly)).containsExactly("html", "png", "pdf");
        assertThat(accepting(text)).containsExactly("txt", "html", "docx", "pdf");
    }

    private static List<String> accepting(ReportData data) throws Exception {
        List<String> formats = new ArrayList<>();
        for (String format : List.of("csv", "txt", "html", "png", "xlsx", "docx", "pdf")) {
            if (Samples.format(format).exporter().accepts(data)) {
                formats.add(format);
            }
        }
        return formats;
    }
}
