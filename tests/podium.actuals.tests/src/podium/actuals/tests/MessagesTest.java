/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.actuals.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.junit.jupiter.api.Test;

import podium.actuals.Field;
import podium.actuals.internal.FieldNames;
import podium.actuals.internal.Messages;
import podium.testing.MessageFiles;

/** What an actuals import tells its user, said in English and in Chinese: the two message files agree. */
class MessagesTest {

    @Test
    void bothFilesHaveEveryKeyWithTheSameArgumentsAndATranslation() throws IOException {
        assertThat(MessageFiles.problems(Messages.class)).isEmpty();
    }

    @Test
    void englishMessagesNameFieldsByTheirMappingKey() {
        for (Field field : Field.values()) {
            assertThat(FieldNames.of(field)).as(field.name()).isEqualTo(field.key());
        }
    }

    @Test
    void theSummaryIsInChinese() throws IOException {
        assertThat(zh("ImportResult_summaryNothingImported", 12, 3, 4, 5, 0))
                .isEqualTo("共 12 行：新增 3 条，替换 4 条，未变 5 条，跳过 0 行（未导入任何数据）");
    }

    @Test
    void rowProblemsAreInChinese() throws IOException {
        assertThat(zh("RowReader_unknownOrganisation", "开发区"))
                .isEqualTo("未知单位“开发区”（模型中没有这个名称、标题或别名）");
        assertThat(zh("ActualsImporter_duplicateRow", 7))
                .isEqualTo("与第 7 行的指标、单位、月份和口径相同");
        assertThat(zh("RowReader_empty", zh("Field_month")))
                .isEqualTo("月份为空");
    }

    @Test
    void aMisgroupedNumberIsExplainedInChinese() throws IOException {
        assertThat(zh("RowReader_misgrouped", "1,02"))
                .isEqualTo("不是数字：“1,02”（千位分隔符之间的数字必须三位一组，例如 1,020 或 12,345.6；小数点用“.”）");
    }

    @Test
    void aMissingColumnNamesTheFieldInChineseAndTheMappingKeyAsWritten() throws IOException {
        assertThat(zh("Columns_requiredColumnMissing", zh("Field_indicator"), "指标, 指标名称, indicator", "indicator",
                "\"单位\", \"月份\"")).isEqualTo("没有指标列（常用标题：指标, 指标名称, indicator），列对应文件中也没有"
                        + " default.indicator；标题行为：\"单位\", \"月份\"");
    }

    /** The Chinese text of a message, formatted. */
    private static String zh(String key, Object... arguments) throws IOException {
        return MessageFiles.chinese(Messages.class, key, arguments);
    }
}
