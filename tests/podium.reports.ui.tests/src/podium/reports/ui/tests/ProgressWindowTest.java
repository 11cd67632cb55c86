/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.reports.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import podium.reports.ExporterRegistry;
import podium.reports.api.Row;
import podium.reports.api.Table;
import podium.reports.ui.internal.ReportPage;
import podium.reports.ui.internal.ReportsView;
import podium.reports.ui.internal.generic.GenericPresentation;
import podium.reports.ui.internal.generic.ReportGrid;
import podium.testing.UiWait;
import podium.ui.ToolWindows;

/**
 * The 目标进度 report of the example workspace in the window: its rows as the example files give them
 * (南阳市 has 实际利用外资 1890 to August, the sum of its counties', against 确保 2800: 67.50 %), sorting,
 * filtering, copying and exporting.
 */
class ProgressWindowTest {

    private ReportsView view;
    private ReportGrid grid;

    @BeforeEach
    void showProgress() throws Exception {
        view = ReportsWindow.show();
        ReportPage page = ReportsWindow.run(view, "progress");
        assertThat(page.error()).isNull();
        grid = ((GenericPresentation) page.presentation()).grids().get(0);
        grid.sortBy(0, org.eclipse.nebula.widgets.nattable.sort.SortDirectionEnum.NONE);
        grid.clearFilters();
    }

    @Test
    void theToggleCommandOpensTheWindow() throws Exception {
        ReportsWindow.page().hideView(view);
        UiWait.until("the window is closed", () -> ReportsWindow.page().findView(ToolWindows.REPORTS) == null);
        PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(ToolWindows.TOGGLE_REPORTS, null);
        UiWait.until("the window is open", () -> ReportsWindow.page().findView(ToolWindows.REPORTS) != null);
        IViewPart reopened = ReportsWindow.page().findView(ToolWindows.REPORTS);
        assertThat(reopened).isInstanceOf(ReportsView.class);
        view = (ReportsView) reopened;
        assertThat(ReportsWindow.run(view, "progress").data().title()).contains("2004");
    }

    @Test
    void showsTheRowsTheExampleFilesGive() {
        Table table = grid.table();
        assertThat(table.id()).isEqualTo("progress");
        NatTable nat = grid.control();
        ReportsWindow.screenshot(ReportsWindow.window().getShell(), "progress-window.png");
        assertThat(nat.isDisposed()).isFalse();
        assertThat(nat.getRowCount()).as("rows of %s, client area %s", nat, nat.getClientArea()).isGreaterThan(3);
        // position 0 is the row header column, rows 0 and 1 the column header and the filter row
        assertThat(nat.getDataValueByPosition(1 + table.columnIndex("indicator"), 2)).isEqualTo("实际利用外资");
        assertThat(nat.getDataValueByPosition(1 + table.columnIndex("organisation"), 2)).isEqualTo("南阳市");
        assertThat(nat.getDataValueByPosition(1 + table.columnIndex("guarantee"), 2)).isEqualTo("2800");
        assertThat(nat.getDataValueByPosition(1 + table.columnIndex("actual"), 2)).isEqualTo("1890");
        assertThat(nat.getDataValueByPosition(1 + table.columnIndex("completionGuarantee"), 2)).isEqualTo("67.50%");
        assertThat(grid.shownRows()).hasSize(table.rows().size());
    }

    @Test
    void clickingAHeaderSortsNumbersByValue() {
        int completion = grid.table().columnIndex("completionGuarantee");
        grid.clickHeader(completion);
        assertThat(numbers(grid.shownRows(), completion)).isSorted();
        grid.clickHeader(completion);
        List<BigDecimal> descending = numbers(grid.shownRows(), completion);
        assertThat(descending).isSortedAccordingTo((a, b) -> b.compareTo(a));
        assertThat(descending.get(0)).isGreaterThan(descending.get(descending.size() - 1));
    }

    @Test
    void theFilterRowKeepsMatchingRows() {
        int organisation = grid.table().columnIndex("organisation");
        grid.filter(organisation, "宛城");
        assertThat(grid.shownRows()).isNotEmpty().allSatisfy(
                row -> assertThat(text(row, organisation)).contains("宛城"));
        grid.filter(organisation, null);
        int completion = grid.table().columnIndex("completionGuarantee");
        grid.filter(completion, ">80");
        assertThat(grid.shownRows()).isNotEmpty().allSatisfy(
                row -> assertThat(row.cell(completion).number()).isGreaterThan(new BigDecimal("80")));
        grid.filter(completion, null);
        assertThat(grid.shownRows()).hasSize(grid.table().rows().size());
    }

    @Test
    void ctrlCCopiesTheSelectedCellsAsTabSeparatedText() throws Exception {
        Table table = grid.table();
        grid.select(0, 0, table.columnIndex("organisation"), table.columnIndex("completionGuarantee"));
        ReportsWindow.page().activate(view);
        grid.control().setFocus();
        PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand("org.eclipse.ui.edit.copy", null);
        assertThat(clipboard()).isEqualTo("南阳市\t万美元\t2800\t3200\t1890\t67.50%\n");

        grid.select(0, 0, 0, 0);
        view.copy();
        assertThat(clipboard()).isEqualTo("实际利用外资\n");
    }

    @Test
    void withoutSelectionTheWholeTableIsCopiedWithItsHeader() {
        grid.control().doCommand(new org.eclipse.nebula.widgets.nattable.selection.command.ClearAllSelectionsCommand());
        view.copy();
        String[] lines = clipboard().split("\n");
        assertThat(lines).hasSize(grid.table().rows().size() + 1);
        assertThat(lines[0].split("\t")).contains(grid.table().columns().get(0).header());
        assertThat(lines[1]).startsWith("实际利用外资\t南阳市\t万美元\t2800\t3200\t1890\t67.50%");
    }

    @Test
    void exportsThroughAContributedFormat() throws Exception {
        Path target = Files.createTempDirectory("podium-export").resolve("progress.lines");
        Job job = view.export(ExporterRegistry.getDefault().exporter("test-lines").orElseThrow(), target);
        UiWait.until("the export is written", () -> job.getResult() != null && view.message().contains(target.toString()));
        assertThat(Files.readString(target, StandardCharsets.UTF_8)).contains("实际利用外资 | 南阳市 | 万美元 | 2800 | 3200 | 1890");
    }

    @Test
    void exportsToExcelWithNumbersAsNumbers() throws Exception {
        Path target = Files.createTempDirectory("podium-export").resolve("progress.xlsx");
        // POI's classes load here first: the first workbook of a runtime takes longer than this runtime's 2 s limit
        new org.apache.poi.xssf.usermodel.XSSFWorkbook().createSheet().createRow(0).createCell(0).setCellValue(1.0);
        Job job = view.export(ExporterRegistry.getDefault().exporter("xlsx").orElseThrow(), target);
        UiWait.until("the export is done", () -> job.getResult() != null && !view.message().contains("progress.xlsx..."));
        UiWait.drain();
        assertThat(view.message()).contains(target.toString());
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                Files.newInputStream(target))) {
            assertThat(actualOf(book, "南阳市")).isEqualTo(1890.0);
        }
    }

    /** The first number right of the 确保 and 力争 amounts in the first row naming {@code organisation}. */
    private static Double actualOf(org.apache.poi.xssf.usermodel.XSSFWorkbook book, String organisation) {
        for (org.apache.poi.ss.usermodel.Row row : book.getSheetAt(0)) {
            for (org.apache.poi.ss.usermodel.Cell cell : row) {
                if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                        && organisation.equals(cell.getStringCellValue())) {
                    // organisation, unit, 确保, 力争, then the actual
                    return row.getCell(cell.getColumnIndex() + 4).getNumericCellValue();
                }
            }
        }
        return null;
    }

    @Test
    void aReadOnlyTargetIsRefusedWithAMessageNotAStackTrace() throws Exception {
        Path target = Files.createTempDirectory("podium-export").resolve("readonly.lines");
        Files.writeString(target, "old");
        target.toFile().setWritable(false);
        Job job = view.export(ExporterRegistry.getDefault().exporter("test-lines").orElseThrow(), target);
        UiWait.until("the export is refused", () -> job.getResult() != null && view.message().contains("readonly.lines"));
        assertThat(view.message()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(Files.readString(target)).isEqualTo("old");
    }

    private static List<BigDecimal> numbers(List<Row> rows, int column) {
        return rows.stream().filter(r -> r.kind() == Row.Kind.DATA).map(r -> r.cell(column).number())
                .filter(n -> n != null).toList();
    }

    private static String text(Row row, int column) {
        return podium.reports.api.format.Formats.current().cell(row.cell(column));
    }

    private String clipboard() {
        Clipboard clipboard = new Clipboard(grid.control().getDisplay());
        try {
            return (String) clipboard.getContents(TextTransfer.getInstance());
        } finally {
            clipboard.dispose();
        }
    }
}
