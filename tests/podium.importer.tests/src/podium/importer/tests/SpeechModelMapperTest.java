/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.importer.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import podium.importer.model.SpeechModelMapper;
import podium.model.FigureCitation;
import podium.model.PlanningFile;
import podium.model.Qualifier;
import podium.model.Speech;
import podium.model.persistence.LoadResult;
import podium.model.persistence.ModelStore;

/** The speech model keeps a figure's bound beside its qualifier, and the unit a share is stated for. */
class SpeechModelMapperTest {

    @TempDir
    Path folder;

    @Test
    void aFigureKeepsItsLevelAndItsBound() throws IOException {
        Speech speech = saveAndLoad("今年民间投资确保180亿元，力争200亿元左右。县里把民间投资任务分解到各乡镇，其中城关镇确保40亿元。");
        FigureCitation strive = figure(speech, "200");
        assertThat(strive.getQualifier()).isEqualTo(Qualifier.STRIVE);
        assertThat(strive.getBound()).isEqualTo(Qualifier.ABOUT);
        FigureCitation share = figure(speech, "40");
        assertThat(share.getOrganisationName()).isEqualTo("城关镇");
        assertThat(share.getIndicatorName()).isEqualTo("民间投资");
    }

    /** The example's speech model as written before bound existed still loads; its figures' bounds read EXACT. */
    @Test
    void anOlderSpeechModelStillLoads() throws IOException {
        Path old = folder.resolve("old.xmi");
        Files.writeString(old, OLDER_XMI, StandardCharsets.UTF_8);
        LoadResult loaded = ModelStore.load(ModelStore.newResourceSet(), old);
        assertThat(loaded.ok()).as("%s", loaded.problems()).isTrue();
        Speech speech = (Speech) ((PlanningFile) loaded.resource().getContents().get(0)).getElements().get(0);
        assertThat(speech.getFigures().get(0).getQualifier()).isEqualTo(Qualifier.STRIVE);
        assertThat(speech.getFigures().get(0).getBound()).isEqualTo(Qualifier.EXACT);
    }

    /** A speech model in the shape the importer wrote before figures had a bound. */
    private static final String OLDER_XMI = """
            <?xml version="1.0" encoding="UTF-8"?>
            <podium:PlanningFile xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"
                xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:podium="http://podium/model/1.0" name="old">
              <elements xsi:type="podium:Speech" name="speech1" title="在全镇工作会议上的讲话" text="力争3200万美元">
                <figures offset="0" length="10" line="1" quote="力争3200万美元" value="3200" unit="万美元"
                    unitText="万美元" qualifier="STRIVE" role="TARGET"/>
              </elements>
            </podium:PlanningFile>
            """;

    private Speech saveAndLoad(String text) throws IOException {
        Path saved = SpeechModelMapper.saveXmi(Imports.text(text), folder);
        LoadResult loaded = ModelStore.load(ModelStore.newResourceSet(), saved);
        assertThat(loaded.ok()).as("%s", loaded.problems()).isTrue();
        PlanningFile file = (PlanningFile) loaded.resource().getContents().get(0);
        return file.getElements().stream().filter(Speech.class::isInstance).map(Speech.class::cast).findFirst()
                .orElseGet(() -> ((podium.model.Meeting) file.getElements().get(0)).getSpeeches().get(0));
    }

    private static FigureCitation figure(Speech speech, String value) {
        return speech.getFigures().stream().filter(f -> f.getValue() != null
                && f.getValue().compareTo(new java.math.BigDecimal(value)) == 0).findFirst().orElseThrow();
    }
}
