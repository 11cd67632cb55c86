/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.reports.export.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import podium.reports.Exports;

/**
 * A real client opens what Podium writes: LibreOffice converts the progress workbook and the
 * bulletin document to PDF, and the Chinese text is in the result. Skipped only where LibreOffice is
 * not installed (releng/scripts/ensure-tools.sh office installs it; ./run-tests asks for it).
 */
class LibreOfficeTest {

    @Test
    void convertsTheWorkbookAndTheBulletinToPdf(@TempDir Path dir) throws Exception {
        Optional<Path> soffice = onPath("soffice");
        assumeTrue(soffice.isPresent(), "soffice is not on the PATH (LibreOffice is not installed): "
                + "releng/scripts/ensure-tools.sh office installs it");
        Path xlsx = dir.resolve("progress.xlsx");
        Path docx = dir.resolve("bulletin.docx");
        Exports.write(Samples.format("xlsx"), Samples.example("progress"), Samples.CHINESE, xlsx);
        Exports.write(Samples.format("docx"), Samples.example("bulletin"), Samples.CHINESE, docx);

        Path out = dir.resolve("pdf");
        List<String> command = new ArrayList<>(List.of(soffice.get().toString(),
                "-env:UserInstallation=" + dir.resolve("profile").toUri(), "--headless", "--norestore",
                "--convert-to", "pdf", "--outdir", out.toString(), xlsx.toString(), docx.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("soffice.log").toFile()).start();
        if (!process.waitFor(180, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("soffice did not finish within 180 s: " + Files.readString(dir.resolve("soffice.log")));
        }
        assertThat(process.exitValue()).as(Files.readString(dir.resolve("soffice.log"))).isZero();

        String workbook = text(out.resolve("progress.pdf"));
        assertThat(workbook).contains("南阳市", "实际利用外资", "67.50%");
        String bulletin = text(out.resolve("bulletin.pdf"));
        assertThat(bulletin).contains("关于2004年1-8月全市实际利用外资", "一、总体情况", "各县市区完成情况",
                "南阳市重点目标任务推进工作领导小组办公室", "附表：2004年1-8月各县市区", "宛城区");
        Samples.keep("bulletin.docx.pdf", Files.readAllBytes(out.resolve("bulletin.pdf")));
        Samples.keep("progress.xlsx.pdf", Files.readAllBytes(out.resolve("progress.pdf")));
    }

    /** The text of a PDF without spaces and line breaks (LibreOffice spaces characters set on a grid). */
    private static String text(Path pdf) throws IOException {
        assertThat(pdf).exists();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", "");
        }
    }

    private static Optional<Path> onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String folder : path.split(File.pathSeparator)) {
            Path candidate = Path.of(folder, program);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
