/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.actuals.tests;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import podium.actuals.ActualsImporter;
import podium.actuals.Field;
import podium.actuals.ImportResult;
import podium.actuals.Mapping;
import podium.model.Actual;
import podium.model.Basis;
import podium.model.IndicatorKind;
import podium.model.Organisation;
import podium.model.OrganisationKind;
import podium.model.Unit;
import podium.model.builder.ModelBuilder;
import podium.model.persistence.ModelStore;
import podium.model.query.ModelIndex;

/** The usual column titles of a 统计月报 sheet: which field each header cell is found for, and that none is found twice. */
class FieldTitlesTest {

    @TempDir
    Path dir;

    /** The field found for each column of {@code header}, by the column's title. */
    private static Map<Field, String> found(String... header) {
        Map<Field, String> found = new EnumMap<>(Field.class);
        for (Field field : Field.values()) {
            field.column(List.of(header)).ifPresent(i -> found.put(field, header[i]));
        }
        return found;
    }

    @Test
    void aMonthlyReportSheetHasEveryColumnFound() {
        Map<Field, String> found = found("填报单位", "指标名称", "统计月份", "本月", "本年累计", "上年同期累计", "增长%", "数据来源",
                "报送时间");
        assertThat(found).containsExactlyInAnyOrderEntriesOf(Map.of(Field.ORGANISATION, "填报单位", Field.INDICATOR, "指标名称",
                Field.MONTH, "统计月份", Field.VALUE, "本年累计", Field.PREVIOUS_YEAR, "上年同期累计", Field.SOURCE, "数据来源",
                Field.REPORT_DATE, "报送时间"));
    }

    @Test
    void theTesterTitlesAreFound() {
        assertThat(found("单位", "指标", "统计月份", "累计", "上年同期数", "数据来源")).containsEntry(Field.MONTH, "统计月份")
                .containsEntry(Field.PREVIOUS_YEAR, "上年同期数").containsEntry(Field.SOURCE, "数据来源");
        assertThat(found("县市区", "指标", "月份", "累计完成")).containsEntry(Field.VALUE, "累计完成");
    }

    @Test
    void spacingFullWidthFormsAndABracketedUnitDoNotCount() {
        Map<Field, String> found = found(" 县（市、区） ", "指 标", "月\u3000份", "本年累计（万元）", "上年同期\n累计", "Unit");
        assertThat(found).containsEntry(Field.ORGANISATION, " 县（市、区） ").containsEntry(Field.INDICATOR, "指 标")
                .containsEntry(Field.MONTH, "月\u3000份").containsEntry(Field.VALUE, "本年累计（万元）")
                .containsEntry(Field.PREVIOUS_YEAR, "上年同期\n累计").containsEntry(Field.UNIT, "Unit");
    }

    @Test
    void unknownAndLookAlikeTitlesAreNotFound() {
        // 计量单位 is the unit, not the organisation (单位); 增长% and 备注 are no field; 上年同期累计 is no value
        Map<Field, String> found = found("计量单位", "增长%", "备注", "上年同期累计", "报送单位名单");
        assertThat(found).containsOnlyKeys(Field.UNIT, Field.PREVIOUS_YEAR);
    }

    @Test
    void noTitleBelongsToTwoFieldsOrTwiceToOne() {
        Map<String, Field> owner = new HashMap<>();
        for (Field field : Field.values()) {
            for (String title : field.titles()) {
                Field before = owner.put(Field.normalised(title), field);
                assertThat(before).as("%s of %s", title, field).isNull();
            }
        }
    }

    @Test
    void aColumnOfTheMonthsSoFarIsTheValueWhateverMonthItNames() {
        for (String title : List.of("1-8月", "1-9月累计", "1—11月份累计", "1至12月累计完成", "１－７月")) {
            assertThat(found("县市区", "指标", "月份", "备注", title)).as(title).containsEntry(Field.VALUE, title);
        }
        // not from January, or no month range: no value column by these
        assertThat(found("3-8月", "8月", "1-8", "上年1-8月")).doesNotContainKey(Field.VALUE);
        // a sheet with this month and the months so far is read by the months so far
        assertThat(found("单位", "指标", "月份", "本月", "1-10月累计")).containsEntry(Field.VALUE, "1-10月累计");
    }

    @Test
    void aCumulativeColumnIsPreferredToAMonthlyOneWhereverItIs() {
        assertThat(found("单位", "指标", "月份", "当月数", "累计数")).containsEntry(Field.VALUE, "累计数");
        assertThat(found("单位", "指标", "月份", "本年累计数", "本月数")).containsEntry(Field.VALUE, "本年累计数");
    }

    @Test
    void theImporterReadsASheetByTheseTitlesAndTheBasisFromTheValueTitle() throws IOException {
        ModelBuilder b = new ModelBuilder("t");
        b.plan("p", "计划", "2006", "2006-06-30");
        Organisation city = b.organisation("city", "全市", OrganisationKind.CITY);
        b.child(city, "hexi", "河西区", OrganisationKind.DISTRICT);
        b.indicator("RETAIL", "社会消费品零售总额", Unit.HUNDRED_MILLION_YUAN, IndicatorKind.FLOW);
        Path planFile = dir.resolve("plan.xmi");
        Resource resource = ModelStore.newResourceSet().createResource(URI.createFileURI(planFile.toString()));
        resource.getContents().add(b.file());
        ModelStore.save(resource);
        Path data = Files.writeString(dir.resolve("月报.csv"), String.join("\n",
                "填报单位,指标名称,统计月份,本月数（亿元）,上年同期数,数据来源,报送时间",
                "河西区,社会消费品零售总额,2006年5月,3.2,2.9,区统计局,2006-06-08", ""), UTF_8);
        Resource plan = ModelStore.load(ModelStore.newResourceSet(), planFile).resource();
        ImportResult result = ActualsImporter.importInto(plan, data, Mapping.automatic(), false);
        assertThat(result.problems()).isEmpty();
        Actual actual = ModelIndex.of(plan).actuals().get(0);
        assertThat(actual.getBasis()).isEqualTo(Basis.MONTHLY);
        assertThat(actual.getValue()).isEqualByComparingTo("3.2");
        assertThat(actual.getPreviousYear()).isEqualByComparingTo("2.9");
        assertThat(actual.getSource()).isEqualTo("区统计局");
        assertThat(actual.getReportDate()).hasToString("2006-06-08");
    }
}
