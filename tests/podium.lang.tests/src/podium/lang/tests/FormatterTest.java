/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.lang.tests;

import static org.assertj.core.api.Assertions.assertThat;

import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.formatter.FormatterTestHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

import podium.lang.tools.PodiumFormatting;
import podium.lang.tools.PodiumLanguage;
import podium.lang.tools.PodiumWorkspace;

/** The formatter writes the canonical layout, keeps comments and is idempotent. */
@ExtendWith(InjectionExtension.class)
@InjectWith(PodiumInjectorProvider.class)
class FormatterTest {

    private static final String MESSY = """
            // 组织
            org   市 "某市"  city {  org 甲县 county org 乙区   district }
            target 外资 市 2004 :确保 2800   力争 3200 source 省定 /* 省定任务 */


            split 外资 市 { 甲县 确保 600 乙区 确保 400 }
            group 小 size 2 members 甲县 ,乙区
            """;

    private static final String CANONICAL = """
            // 组织
            org 市 "某市" city {
            \torg 甲县 county
            \torg 乙区 district
            }
            target 外资 市 2004: 确保 2800 力争 3200 source 省定 /* 省定任务 */

            split 外资 市 {
            \t甲县 确保 600
            \t乙区 确保 400
            }
            group 小 size 2 members 甲县, 乙区
            """;

    @Inject
    private FormatterTestHelper formatter;

    @Test
    void messyTextBecomesCanonical() {
        formatter.assertFormatted(r -> {
            r.setToBeFormatted(MESSY);
            r.setExpectation(CANONICAL);
        });
    }

    @Test
    void formattingIsIdempotent() {
        formatter.assertFormatted(r -> r.setToBeFormatted(CANONICAL));
        assertThat(format(format(MESSY))).isEqualTo(format(MESSY));
        String all = Workspaces.PLAN + Workspaces.PRELUDE;
        for (RuleFixtures.Fixture fixture : RuleFixtures.ALL) {
            String once = format(all + fixture.pass());
            if (once != null) {
                assertThat(format(once)).as(fixture.rule().code()).isEqualTo(once);
            }
        }
    }

    @Test
    void importsBelowStatementsKeepTheirPlaceOnLinesOfTheirOwn() {
        formatter.assertFormatted(r -> {
            r.setToBeFormatted("org 市 city   import 南阳.*  org 甲县 county\n  import 北京.*");
            r.setExpectation("org 市 city\nimport 南阳.*\norg 甲县 county\nimport 北京.*\n");
        });
        formatter.assertFormatted(r -> {
            r.setToBeFormatted("  import 南阳.* org 市 city import 北京.*");
            r.setExpectation("import 南阳.*\norg 市 city\nimport 北京.*\n");
        });
    }

    @Test
    void syntaxErrorsLeaveTheTextAlone() {
        assertThat(format("org 市 {")).isNull();
    }

    private static String format(String text) {
        PodiumWorkspace workspace = new PodiumWorkspace(PodiumLanguage.injector());
        XtextResource resource = workspace.addText("f.podium", text);
        return new PodiumFormatting(PodiumLanguage.injector()).format(resource);
    }
}
