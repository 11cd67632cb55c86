/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.cli.tests;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code podium validate model.xmi}: read, checked like its text, its reading problems reported, never a crash. */
class ValidateXmiTest {

    @TempDir
    Path dir;

    @Test
    void anXmiModelIsCheckedAsItsTextIs() throws IOException {
        Path text = Files.writeString(dir.resolve("plan.podium"), "indicator 外资 \"实际利用外资\" unit 万美元\n", UTF_8);
        assertThat(CliRun.of("convert", text.toString(), "--to", "xmi").exitCode()).isZero();
        Path xmi = dir.resolve("plan.xmi");
        CliRun ofText = CliRun.of("validate", text.toString());
        Files.delete(text);
        CliRun run = CliRun.of("validate", xmi.toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ofText.exitCode());
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo(ofText.err().replace(text.toString(), xmi.toString()));
    }

    /**
     * A workspace of two files with model-level problems of several kinds, converted to XMI file by file:
     * the same problems (severity, code, message) and nothing else, each at the start tag of its element.
     */
    @Test
    void aConvertedWorkspaceReportsTheSameModelProblemsAtTheElementsStartTags() throws IOException {
        Path texts = Files.createDirectories(dir.resolve("texts"));
        Files.writeString(texts.resolve("defs.podium"), """
                plan 南阳计划 "2004年全市利用外资" period 2004 as-of 2004-08-31
                indicator 实际利用外资 "实际利用外资" unit 万美元 cumulative sum higher-better
                org 南阳市 "南阳市" city {
                    org 宛城区 "宛城区" district
                    org 卧龙区 "卧龙区" district
                }
                """, UTF_8);
        Files.writeString(texts.resolve("targets.podium"), """
                target 实际利用外资 南阳市 2004: 确保 2800 力争 3200
                target 实际利用外资 南阳市 2005: 确保 3000
                split 实际利用外资 南阳市 2004 {
                	宛城区 确保 1600 力争 1800
                	卧龙区 确保 800 力争 900
                }
                measure "完善项目库" due 2004-10-31 status open
                """, UTF_8);
        // Warnings only, as convert refuses a file with errors: PDM-T006 (a 2005 target in a 2004 plan),
        // PDM-D001 and PDM-D002 (the shares add up to 2400 and 2700, not 2800 and 3200), PDM-M001 (no owner).
        CliRun ofText = CliRun.of("validate", texts.toString());
        List<String> textProblems = withoutLocation(problems(ofText.err()));
        assertThat(textProblems).extracting(l -> l.split(" ")[1])
                .containsExactlyInAnyOrder("PDM-T006", "PDM-D001", "PDM-D002", "PDM-M001");

        // converted beside its text, as convert does by default; the XMI copies link to each other
        for (String name : List.of("defs", "targets")) {
            CliRun convert = CliRun.of("convert", texts.resolve(name + ".podium").toString(), "--to", "xmi");
            assertThat(convert.exitCode()).as(convert.err()).isZero();
        }
        Path targets = texts.resolve("targets.xmi");
        CliRun ofXmi = CliRun.of("validate", texts.resolve("defs.xmi").toString(), targets.toString());

        assertThat(ofXmi.out()).isEmpty();
        assertThat(ofXmi.exitCode()).as(ofXmi.err()).isEqualTo(ofText.exitCode());
        assertThat(withoutLocation(problems(ofXmi.err()))).containsExactlyInAnyOrderElementsOf(textProblems);
        List<String> xmiLines = Files.readAllLines(targets, UTF_8);
        for (String problem : problems(ofXmi.err())) {
            String[] at = problem.substring(targets.toString().length() + 1).split(":");
            String line = xmiLines.get(Integer.parseInt(at[0]) - 1);
            int column = Integer.parseInt(at[1]);
            assertThat(line.substring(column - 1)).as(problem).startsWith("<");
            String kind = problem.contains("PDM-T006") ? "Target" : problem.contains("PDM-M001") ? "Measure" : "Decomposition";
            assertThat(line).as(problem).contains("xsi:type=\"podium:" + kind + "\"");
        }
    }

    @Test
    void aFoldersXmiModelsAreNotReadAndStderrNamesThem() throws IOException {
        Path text = Files.writeString(dir.resolve("plan.podium"), "target 实际利用外资 南阳市 2004: 确保 100\n", UTF_8);
        Path copy = dir.resolve("copy.xmi");
        Files.writeString(copy, "<?xml version=\"1.0\"?>\n<broken\n", UTF_8); // would be PDM-F002 if it were read
        CliRun run = CliRun.of("validate", dir.toString());
        assertThat(String.join("\n", problems(run.err()))).contains(text.toString()).doesNotContain("copy.xmi");
        assertThat(run.err()).contains("podium validate: note: not checked, XMI models in a folder are read only when"
                + " named as files (a folder may hold a copy converted from its .podium text): " + copy);

        CliRun named = CliRun.of("validate", dir.toString(), copy.toString());
        assertThat(named.err()).contains(copy + ":3:1: error PDM-F002 ").doesNotContain("note:");
    }

    /** The problem lines of validate's stderr, without the note and the count that follow them. */
    private static List<String> problems(String err) {
        return err.lines().filter(l -> !l.startsWith("podium ")).toList();
    }

    /** The problems' severity, code and message, without path, line and column. */
    private static List<String> withoutLocation(List<String> problems) {
        return problems.stream().map(l -> l.substring(l.indexOf(": ") + 2)).toList();
    }

    @Test
    void aBrokenXmiModelIsAProblemWithItsLine() throws IOException {
        Path xmi = Files.writeString(dir.resolve("broken.xmi"), "<?xml version=\"1.0\"?>\n<model:PlanningFile\n", UTF_8);
        CliRun run = CliRun.of("validate", xmi.toString(), dir.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains(xmi + ":3:1: error PDM-F002 ").doesNotContain("ClassCastException");
    }

    /**
     * A link that points nowhere is reported where it is written: a link into this file naming a feature
     * its root does not have (EMF threw, and the problem had no line: found by the fuzzer), and a link into
     * a text file naming an element that is not there (reported at the start tag of the linking element).
     */
    @Test
    void aLinkThatPointsNowhereIsAProblemWhereItIsWritten() throws IOException {
        String header = """
                <?xml version="1.0" encoding="UTF-8"?>
                <podium:%s xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                    xmlns:podium="http://podium/model/1.0" name="m">
                """;
        Path intoItself = Files.writeString(dir.resolve("meeting.xmi"), header.formatted("Meeting") + """
                    <speeches name="s" title="讲话" meeting="//@elements.0" date="2004-03-06" text="x"/>
                </podium:Meeting>
                """, UTF_8);
        Files.writeString(dir.resolve("plan.podium"), "indicator 外资 \"实际利用外资\" unit 万美元\n", UTF_8);
        Path intoText = Files.writeString(dir.resolve("links.xmi"), header.formatted("PlanningFile") + """
                  <elements xsi:type="podium:Meeting" name="m1" title="会议">
                    <speeches name="s" title="讲话" date="2004-03-06" text="x">
                      <meeting href="plan.podium#//@elements.99"/>
                    </speeches>
                  </elements>
                </podium:PlanningFile>
                """, UTF_8);

        CliRun run = CliRun.of("validate", intoItself.toString(), intoText.toString(), dir.resolve("plan.podium").toString());

        assertThat(run.exitCode()).isEqualTo(1);
        // and the speech of meeting m1 no longer names m1 (PDM-C002, at the same place)
        assertThat(problems(run.err())).hasSize(3).anySatisfy(p -> assertThat(p).startsWith(intoText + ":5:5: error PDM-C002 "))
                .anySatisfy(p -> assertThat(p).matches(
                java.util.regex.Pattern.quote(intoItself.toString()) + ":4:\\d+: error PDM-F003 .*//@elements\\.0.*"))
                .anySatisfy(p -> assertThat(p).startsWith(intoText + ":5:5: error PDM-F003 ").contains("@elements.99"));
    }
}
