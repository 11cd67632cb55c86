/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.lang.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResource;
import org.junit.jupiter.api.Test;

import podium.lang.tools.PodiumConversion;
import podium.lang.tools.PodiumLanguage;
import podium.lang.tools.PodiumWorkspace;
import podium.model.PlanningFile;
import podium.model.Target;

/** Text → model → text keeps comments and layout where the model did not change; XMI both ways. */
class SerializerTest {

    private static final String TEXT = Workspaces.PLAN + Workspaces.PRELUDE.replace("target 外资 市: 确保 1000 力争 1200",
            "// 省定任务\ntarget   外资 市: 确保 1000   力争 1200 /* 年初下达 */");

    @Test
    void changingOneValueKeepsEverythingElse() throws Exception {
        XtextResource resource = new PodiumWorkspace(PodiumLanguage.injector()).addText("s.podium", TEXT);
        PlanningFile file = (PlanningFile) resource.getContents().get(0);
        Target target = (Target) file.getElements().stream().filter(Target.class::isInstance).findFirst().orElseThrow();
        target.getStrive().setValue(new BigDecimal("1300"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        resource.save(out, Map.of());
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(TEXT.replace("力争 1200", "力争 1300"));
    }

    @Test
    void xmiAndBackMeansTheSame() throws Exception {
        PodiumWorkspace workspace = new PodiumWorkspace(PodiumLanguage.injector());
        XtextResource resource = workspace.addText("x.podium", TEXT);
        PodiumConversion conversion = new PodiumConversion(PodiumLanguage.injector());
        byte[] xmi = conversion.toXmi(resource, URI.createURI("file:/tmp/x.xmi"));
        PodiumWorkspace other = new PodiumWorkspace(PodiumLanguage.injector());
        var loaded = PodiumConversion.readXmi(other.resourceSet(), URI.createURI("file:/tmp/x.xmi"), xmi);
        String text = conversion.toPodium(loaded, URI.createURI("file:/tmp/back.podium"));
        assertThat(Workspaces.validateFiles("back.podium", text)).isEmpty();
        assertThat(text).contains("target 外资 市: 确保 1000 力争 1200").contains("org 甲县 county");
    }

    @Test
    void aModelWithoutTextWritesItsImportsFirst() throws Exception {
        PodiumWorkspace workspace = new PodiumWorkspace(PodiumLanguage.injector());
        XtextResource resource = workspace.addText("i.podium", "org 市 county\nimport 南阳.*\norg 县 county\n");
        PodiumConversion conversion = new PodiumConversion(PodiumLanguage.injector());
        byte[] xmi = conversion.toXmi(resource, URI.createURI("file:/tmp/i.xmi"));
        var loaded = PodiumConversion.readXmi(new PodiumWorkspace(PodiumLanguage.injector()).resourceSet(),
                URI.createURI("file:/tmp/i.xmi"), xmi);
        assertThat(conversion.toPodium(loaded, URI.createURI("file:/tmp/i2.podium")))
                .isEqualTo("import 南阳.*\norg 市 county\norg 县 county\n");
    }
}
