/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.lang.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Random;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

import podium.model.Level;
import podium.model.PlanningFile;
import podium.model.Qualifier;
import podium.model.Target;
import podium.model.TargetSource;
import podium.model.Unit;

/** The grammar reads the forms planning staff write, into the Podium model. */
@ExtendWith(InjectionExtension.class)
@InjectWith(PodiumInjectorProvider.class)
class ParserTest {

    @Inject
    private ParseHelper<PlanningFile> parser;

    @Inject
    private ValidationTestHelper validation;

    @Test
    void targetWithBothLevelsUnitsAndQualifiers() throws Exception {
        PlanningFile file = parser.parse(Workspaces.PLAN + Workspaces.PRELUDE
                + "target 外资 甲县 2004: 确保600万美元 以上 力争 0.07 亿美元 左右 source 省定 一票否决\n");
        validation.assertNoErrors(file);
        Target target = (Target) file.getElements().get(file.getElements().size() - 1);
        Level guarantee = target.getGuarantee();
        assertThat(guarantee.getValue()).isEqualByComparingTo(new BigDecimal("600"));
        assertThat(guarantee.getUnit()).isEqualTo(Unit.TEN_THOUSAND_USD);
        assertThat(guarantee.getQualifier()).isEqualTo(Qualifier.AT_LEAST);
        assertThat(target.getStrive().getUnit()).isEqualTo(Unit.HUNDRED_MILLION_USD);
        assertThat(target.getStrive().getQualifier()).isEqualTo(Qualifier.ABOUT);
        assertThat(target.getSource()).isEqualTo(TargetSource.PROVINCE);
        assertThat(target.isVeto()).isTrue();
        assertThat(target.getOrganisation().getName()).isEqualTo("甲县");
    }

    @Test
    void commentsAndChineseStringsAreAccepted() throws Exception {
        PlanningFile file = parser.parse("// 说明\n/* 多行\n注释 */ org 市 \"某市（含高新区）\" city\n");
        validation.assertNoErrors(file);
        assertThat(file.getElements()).hasSize(1);
    }

    @Test
    void namesLinkAcrossFilesThroughImports() {
        var problems = Workspaces.validateFiles(
                "orgs.podium", "namespace 南阳\norg 市 city { org 甲县 county }\n",
                "plan.podium", "import 南阳.*\nplan p \"计划\" period 2004 for 市\nmeasure \"任务\" owner 甲县 due 2004-10-01\n",
                "other.podium", "measure \"任务二\" owner 南阳.甲县 due 2004-10-01\n");
        assertThat(problems).isEmpty();
    }

    @Test
    void anImportBelowStatementsStillAppliesToTheWholeFileAndOnlyWarns() {
        var problems = Workspaces.validateFiles(
                "orgs.podium", "namespace 南阳\norg 市 city { org 甲县 county }\n",
                "plan.podium", "plan p \"计划\" period 2004 for 市\nimport 南阳.*\nmeasure \"任务\" owner 甲县 due 2004-10-01\n");
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("PDM-L002");
            assertThat(p.line()).isEqualTo(2);
        });
    }

    @Test
    void unknownNamesAreLocatedErrors() {
        var problems = Workspaces.validate("measure \"任务\" owner 不存在 due 2004-10-01\n");
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("PDM-L001");
            assertThat(p.line()).isEqualTo(12);
            assertThat(p.column()).isEqualTo(20);
        });
    }

    @Test
    void garbageNeverThrows() {
        Random random = new Random(42);
        for (int round = 0; round < 20; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < 2000; i++) {
                text.append((char) (random.nextInt(0x9FFF - 0x20) + 0x20));
            }
            var problems = Workspaces.validateFiles("g.podium", text.toString());
            assertThat(problems).isNotEmpty().allSatisfy(p -> assertThat(p.line()).isPositive());
        }
    }
}
