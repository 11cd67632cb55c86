/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.lang.tests;

import java.util.List;

import podium.core.Problem;
import podium.lang.tools.PodiumLanguage;
import podium.lang.tools.PodiumWorkspace;

/** Builds small workspaces from text and validates them. */
final class Workspaces {

    /** Declarations every rule fixture can use; they validate clean on their own. */
    static final String PRELUDE = """
            indicator 外资 "实际利用外资" unit 万美元 cumulative higher-better peers 全省
            indicator 比率 "比率" unit % ratio average
            group 全省 "全省21个统计单位" size 21
            org 市 "某市" city {
                org 甲县 county
                org 乙区 district
                org 高新区 zone
            }
            org 商务局 department
            target 外资 市: 确保 1000 力争 1200
            """;

    static final String PLAN = "plan p \"测试计划\" period 2004 as-of 2004-08-31 for 市\n";

    private Workspaces() {
    }

    /** Problems of the prelude (with the default plan unless the text has its own) plus the text. */
    static List<Problem> validate(String text) {
        String plan = text.lines().anyMatch(l -> l.startsWith("plan ")) ? "" : PLAN;
        return validateFiles("test.podium", plan + PRELUDE + text);
    }

    /** Problems of several files: name, text, name, text... */
    static List<Problem> validateFiles(String... namesAndTexts) {
        PodiumWorkspace workspace = new PodiumWorkspace(PodiumLanguage.injector());
        for (int i = 0; i < namesAndTexts.length; i += 2) {
            workspace.addText(namesAndTexts[i], namesAndTexts[i + 1]);
        }
        return workspace.validate();
    }

    static List<String> codes(List<Problem> problems) {
        return problems.stream().map(Problem::code).toList();
    }
}
