/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.reports.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import podium.model.Unit;
import podium.reports.ExportException;
import podium.reports.ExporterDescriptor;
import podium.reports.ExporterRegistry;
import podium.reports.Exports;
import podium.reports.api.Column;
import podium.reports.api.ExportContext;
import podium.reports.api.Paragraph;
import podium.reports.api.ReportData;
import podium.reports.api.Table;
import podium.reports.api.Value;

/** Exports go to the file atomically or not at all, with a clear message. */
class ExportsTest {

    @TempDir
    Path dir;

    private final ExportContext chinese = ExportContext.of(Locale.SIMPLIFIED_CHINESE);

    private static ReportData data() {
        Table table = Table.builder("t", "表").column("org", "单位", Column.Type.TEXT)
                .column("amount", "完成额", Column.Type.AMOUNT).column("rate", "完成率", Column.Type.PERCENT)
                .row(null, new Value.Text("东县"), new Value.Amount(new java.math.BigDecimal("15844"), Unit.TEN_THOUSAND_USD),
                        new Value.Percent(new java.math.BigDecimal("41.694736")))
                .build();
        return new ReportData("t", "标题", List.of(), List.of(table), List.of());
    }

    private static ExporterDescriptor format(String id) {
        return ExporterRegistry.getDefault().exporter(id).orElseThrow();
    }

    @Test
    void anExportReplacesTheTargetAndKeepsTheOldOneAsBackup() throws Exception {
        Path target = dir.resolve("报表.txt");
        Files.writeString(target, "old");
        Exports.write(format("lines"), data(), chinese, target);
        assertThat(Files.readString(target)).isEqualTo("标题\n东县 | 15844 | 41.69%\n");
        assertThat(Files.readString(dir.resolve("报表.txt.bak"))).isEqualTo("old");
    }

    @Test
    void aFailingExporterLeavesTheTargetUnchangedAndNamesThePlugin() throws Exception {
        Path target = dir.resolve("out.bin");
        Files.writeString(target, "precious");
        assertThatThrownBy(() -> Exports.write(format("broken"), data(), chinese, target))
                .isInstanceOf(ExportException.class)
                .hasMessage("export to Broken format failed (plugin Podium Reports Platform Tests "
                        + "(podium.reports.tests)): NullPointerException: cell renderer is null");
        assertThat(Files.readString(target)).isEqualTo("precious");
        assertThat(dir.toFile().list()).containsExactly("out.bin");
    }

    @Test
    void aFormatThatCannotHoldTheDataSaysSo() {
        ReportData text = new ReportData("t", "只有文字", List.of(), List.of(Paragraph.of("正文")), List.of());
        assertThatThrownBy(() -> Exports.toBytes(format("lines"), text, chinese))
                .hasMessage("Lines cannot hold \"只有文字\" (it has no chart or text of that kind)");
    }

    @Test
    void readOnlyTargetsAndFoldersAreRefusedBeforeAnythingIsWritten() throws Exception {
        Path target = dir.resolve("readonly.txt");
        Files.writeString(target, "keep me");
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("r--r--r--"));
        assertThatThrownBy(() -> Exports.write(format("lines"), data(), chinese, target))
                .hasMessage("cannot export to " + target + ": the file is read-only (nothing was written)");
        assertThat(Files.readString(target, StandardCharsets.UTF_8)).isEqualTo("keep me");

        Path folder = Files.createDirectory(dir.resolve("locked"));
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        Path inside = folder.resolve("new.txt");
        assertThatThrownBy(() -> Exports.write(format("lines"), data(), chinese, inside))
                .hasMessage("cannot export to " + inside + ": the folder " + folder + " is read-only (nothing was written)");
        assertThat(folder.toFile().list()).isEmpty();

        Path missing = dir.resolve("no/such/folder/x.txt");
        assertThatThrownBy(() -> Exports.write(format("lines"), data(), chinese, missing))
                .hasMessage("cannot export to " + missing + ": its folder does not exist");
    }
}
