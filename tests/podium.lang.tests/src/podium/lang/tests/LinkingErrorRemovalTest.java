/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.lang.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResource;
import org.junit.jupiter.api.Test;

import podium.lang.tools.PodiumWorkspace;

/**
 * A reference that did not link has a linking error; when it links later (its name declared since,
 * in another file), that error, and only it, goes; one that is tried again and still does not link
 * keeps its one error.
 */
class LinkingErrorRemovalTest {

    @Test
    void theErrorOfAReferenceThatLinksLaterGoesAndTheOthersStay() throws IOException {
        PodiumWorkspace workspace = PodiumWorkspace.create();
        XtextResource declarations = workspace.addText("orgs.podium", "indicator 外资 \"实际利用外资\" unit 万美元\norg 市 city { org 甲县 county }\n");
        XtextResource uses = workspace.addText("uses.podium",
                "actual 外资 乙县 2004-01 累计 5\nactual 外资 丙县 2004-01 累计 6\nactual 外资 甲县 2004-01 累计 7\n");
        EcoreUtil.resolveAll(uses);
        assertThat(uses.getErrors()).extracting(e -> e.getLine()).containsExactlyInAnyOrder(1, 2);

        declarations.reparse("indicator 外资 \"实际利用外资\" unit 万美元\norg 市 city { org 甲县 county org 乙县 county }\n");
        uses.getCache().clear(uses); // the references that did not link are not tried again until then
        EcoreUtil.resolveAll(uses);

        assertThat(uses.getErrors()).extracting(e -> e.getLine()).containsExactly(2);
    }
}
