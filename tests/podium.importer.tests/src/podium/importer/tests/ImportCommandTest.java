/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.importer.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import podium.cli.PodiumCli;
import podium.model.IndicatorKind;
import podium.model.Organisation;
import podium.model.OrganisationKind;
import podium.model.Plan;
import podium.model.PlanningFile;
import podium.model.Speech;
import podium.model.Target;
import podium.model.Unit;
import podium.model.builder.ModelBuilder;
import podium.model.persistence.LoadResult;
import podium.model.persistence.ModelStore;

class ImportCommandTest {

    private static final String SPEECH = "在全县利用外资工作会议上的讲话\n同志们：\n一、明确目标\n"
            + "今年全县实际利用外资确保省定2800万美元，力争3200万美元，外贸出口增速为%。\n谢谢大家！\n";

    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {
    }

    private static Run podium(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = PodiumCli.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    private Path write(String name, String text, Charset charset) throws Exception {
        Path file = dir.resolve(name);
        Files.write(file, text.getBytes(charset));
        return file;
    }

    @Test
    void printsJsonOnStdoutAndProblemsOnStderr() throws Exception {
        Path file = write("讲话.txt", SPEECH, Charset.forName("GBK"));
        Run run = podium("import", file.toString(), "--json");
        assertThat(run.code()).isZero();
        assertThat(run.out()).startsWith("[\n  {\n    \"file\": \"" + file + "\",\n    \"encoding\": \"GBK\",")
                .contains("\"value\": 2800").contains("\"qualifier\": \"strive\"").endsWith("]\n");
        assertThat(run.err()).isEqualTo(file + ":4:40: warning missing-number the number before \"%\" is missing;"
                + " the website blanked it\n");
    }

    @Test
    void undecodableInputFailsWithAnEncodingProblem() throws Exception {
        Path file = dir.resolve("bad.txt");
        Files.write(file, new byte[] {(byte) 0xFF, (byte) 0xFF, 0x41});
        Run run = podium("import", file.toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).startsWith(file + ":1:1: error encoding ");
        assertThat(run.out()).isEqualTo(file + ": not imported\n");
    }

    @Test
    void usageErrorsExitWithTwo() throws Exception {
        Path file = write("a.txt", SPEECH, StandardCharsets.UTF_8);
        assertThat(podium("import", dir.resolve("missing.txt").toString()).code()).isEqualTo(2);
        assertThat(podium("import", file.toString(), "--propose-targets").code()).isEqualTo(2);
        assertThat(podium("import", file.toString(), "--accept", "all").code()).isEqualTo(2);
        assertThat(podium("import").code()).isEqualTo(2);
    }

    @Test
    void savesTheSpeechModelAsXmi() throws Exception {
        Path file = write("县讲话.txt", SPEECH, StandardCharsets.UTF_8);
        Path out = dir.resolve("model");
        Run run = podium("import", file.toString(), "--xmi", out.toString());
        assertThat(run.code()).isZero();
        LoadResult loaded = ModelStore.load(ModelStore.newResourceSet(), out.resolve("县讲话.xmi"));
        assertThat(loaded.ok()).isTrue();
        PlanningFile model = (PlanningFile) loaded.resource().getContents().get(0);
        Speech speech = (Speech) ((podium.model.Meeting) model.getElements().get(0)).getSpeeches().get(0);
        assertThat(speech.getTitle()).isEqualTo("在全县利用外资工作会议上的讲话");
        assertThat(speech.getMeeting().getTitle()).isEqualTo("全县利用外资工作会议");
        assertThat(speech.getFigures()).extracting(f -> f.getUnit()).contains(Unit.TEN_THOUSAND_USD, Unit.PERCENT);
        assertThat(speech.getSections()).extracting(s -> s.getNumber()).containsExactly("一、");
        assertThat(speech.getProblems()).extracting(p -> p.getCode()).containsExactly("missing-number");
    }

    @Test
    void proposesTargetsAndAddsTheAcceptedOnesToThePlan() throws Exception {
        Path planFile = dir.resolve("plan.xmi");
        ModelBuilder b = new ModelBuilder("county");
        Organisation county = b.organisation("xian", "某县", OrganisationKind.COUNTY);
        Plan plan = b.plan("plan2026", "2026年计划", "2026", null);
        plan.setOrganisation(county);
        b.indicator("fdi", "实际利用外资", Unit.TEN_THOUSAND_USD, IndicatorKind.FLOW);
        Resource resource = ModelStore.newResourceSet().createResource(
                org.eclipse.emf.common.util.URI.createFileURI(planFile.toString()));
        resource.getContents().add(b.file());
        ModelStore.save(resource, planFile);
        Path speech = write("a.txt", SPEECH, StandardCharsets.UTF_8);

        Run listed = podium("import", speech.toString(), "--propose-targets", "--plan", planFile.toString());
        assertThat(listed.code()).isZero();
        assertThat(listed.out()).contains("[1] 实际利用外资: 确保 2800 万美元, 力争 3200 万美元 (今年) — new (line 4)");

        byte[] before = Files.readAllBytes(planFile);
        Run accepted = podium("import", speech.toString(), "--propose-targets", "--plan", planFile.toString(),
                "--accept", "1");
        assertThat(accepted.code()).isZero();
        // the plan as it was before the import is kept under a name the next save does not take
        Matcher keptAs = Pattern.compile("previous content kept as (\\S+plan\\.xmi\\.before-import-\\d{4}-\\d\\d-\\d\\dT\\d\\d-\\d\\d\\.bak)\\)")
                .matcher(accepted.out());
        assertThat(keptAs.find()).as(accepted.out()).isTrue();
        Path kept = Path.of("").toAbsolutePath().resolve(keptAs.group(1));
        assertThat(kept).hasParent(dir).hasBinaryContent(before);
        ModelStore.save(ModelStore.load(ModelStore.newResourceSet(), planFile).resource(), planFile);
        assertThat(kept).hasBinaryContent(before);
        LoadResult reloaded = ModelStore.load(ModelStore.newResourceSet(), planFile);
        Target target = (Target) ((PlanningFile) reloaded.resource().getContents().get(0)).getElements().stream()
                .filter(Target.class::isInstance).findFirst().orElseThrow();
        assertThat(target.getIndicator().getTitle()).isEqualTo("实际利用外资");
        assertThat(target.getGuarantee().getValue()).isEqualByComparingTo("2800");
        assertThat(target.getStrive().getValue()).isEqualByComparingTo("3200");

        Run again = podium("import", speech.toString(), "--propose-targets", "--plan", planFile.toString());
        assertThat(again.out()).contains("— same (line 4)");
        Run refused = podium("import", speech.toString(), "--propose-targets", "--plan", planFile.toString(),
                "--accept", "1");
        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.err()).endsWith("\npodium import: proposal 1 cannot be accepted (same)\n");
    }
}
