/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.reports.export.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import podium.reports.ExportException;
import podium.reports.ExporterDescriptor;
import podium.reports.Exports;
import podium.reports.api.ReportData;

/** The example workspace's progress report and bulletin in every format, written to files as the product writes them. */
class ExamplesExportTest {

    private static final List<String> FORMATS = List.of("csv", "txt", "html", "png", "xlsx", "docx", "pdf");

    @Test
    void everyFormatThatAcceptsAReportWritesAFileAndTheOthersRefuseIt(@TempDir Path dir) throws Exception {
        for (String report : List.of("progress", "bulletin")) {
            ReportData data = Samples.example(report);
            for (String format : FORMATS) {
                ExporterDescriptor exporter = Samples.format(format);
                Path target = dir.resolve(report + "." + exporter.extension());
                if (exporter.exporter().accepts(data)) {
                    Exports.write(exporter, data, Samples.CHINESE, target);
                    assertThat(Files.size(target)).as(target.toString()).isPositive();
                } else {
                    assertThatThrownBy(() -> Exports.write(exporter, data, Samples.CHINESE, target))
                            .as(target.toString()).isInstanceOf(ExportException.class);
                    assertThat(target).doesNotExist();
                }
            }
        }
        // only the bulletin has no chart
        assertThat(dir.resolve("progress.png")).exists();
        assertThat(dir.resolve("bulletin.png")).doesNotExist();
    }
}
