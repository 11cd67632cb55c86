/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.actuals.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import podium.actuals.ImportCodes;
import podium.actuals.TablePreview;

/** The first rows of a data file as the importer reads them, for picking the sheet, header row and columns. */
class TablePreviewTest {
    @TempDir
    Path dir;

    @Test
    void csvGivesTheHeaderRowAndTheFirstNonBlankRowsBelowIt() throws IOException {
        Path csv = Files.writeString(dir.resolve("a.csv"), String.join("\n", "2004年1-8月", "单位,指标,本年累计",
                "东区,实际利用外资,25", ",,", "西区,实际利用外资,30", "北区,实际利用外资,12", ""), StandardCharsets.UTF_8);
        TablePreview preview = TablePreview.read(csv, null, 2, 2);
        assertThat(preview.problem()).isNull();
        assertThat(preview.sheets()).isEmpty();
        assertThat(preview.header()).containsExactly("单位", "指标", "本年累计");
        assertThat(preview.rows()).containsExactly(List.of("东区", "实际利用外资", "25"), List.of("西区", "实际利用外资", "30"));
    }

    @Test
    void theColumnTitlesAreFoundBelowAReportsTitleLinesWhenAskedFor() throws IOException {
        Path csv = Files.writeString(dir.resolve("月报.csv"), String.join("\n", "全县外资统计月报", "填报日期：2004年10月8日",
                "县市区,指标名称,统计月份,1-9月累计", "东区,实际利用外资,2004-09,31", ""), StandardCharsets.UTF_8);
        TablePreview found = TablePreview.read(csv, null, 0, 10);
        assertThat(found.headerRow()).isEqualTo(3);
        assertThat(found.header()).containsExactly("县市区", "指标名称", "统计月份", "1-9月累计");
        assertThat(found.rows()).containsExactly(List.of("东区", "实际利用外资", "2004-09", "31"));
        // the row asked for is read as it is
        assertThat(TablePreview.read(csv, null, 1, 10).header()).containsExactly("全县外资统计月报");
        // no row with every required column: the first
        Path plain = Files.writeString(dir.resolve("plain.csv"), "甲,乙\n1,2\n", StandardCharsets.UTF_8);
        assertThat(TablePreview.read(plain, null, 0, 10).headerRow()).isEqualTo(1);
    }

    @Test
    void workbookNamesItsSheetsAndReadsTheChosenOne() throws IOException {
        Path xlsx = Xlsx.write(dir.resolve("月报.xlsx"), "1-8月",
                List.of(List.of("单位", "月份", "本年累计"), List.of("东区", "2004-08", "120.5")));
        TablePreview preview = TablePreview.read(xlsx, "1-8月", 1, 10);
        assertThat(preview.sheets()).containsExactly("1-8月");
        assertThat(preview.header()).containsExactly("单位", "月份", "本年累计");
        assertThat(preview.rows()).containsExactly(List.of("东区", "2004-08", "120.5"));
        assertThat(TablePreview.read(xlsx, "9月", 1, 10).problem().code()).isEqualTo(ImportCodes.UNREADABLE);
    }

    @Test
    void aMissingFileIsAProblemWithNothingToShow() {
        TablePreview preview = TablePreview.read(dir.resolve("none.xlsx"), null, 1, 10);
        assertThat(preview.problem().code()).isEqualTo(ImportCodes.UNREADABLE);
        assertThat(preview.sheets()).isEmpty();
        assertThat(preview.header()).isEmpty();
        assertThat(preview.rows()).isEmpty();
    }
}
