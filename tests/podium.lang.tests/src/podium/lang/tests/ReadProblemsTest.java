/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.lang.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchException;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import podium.core.Problem;
import podium.core.Severity;
import podium.lang.tools.PodiumConversion;
import podium.lang.tools.PodiumWorkspace;
import podium.inspections.builtin.IssueCodes;

/** Files on disk that are not UTF-8 text or not readable XMI give located problems, never stack traces. */
class ReadProblemsTest {
    @TempDir
    Path folder;

    @Test
    void gbkFileIsReportedWhereTheFirstBadByteIs() throws IOException {
        Files.write(folder.resolve("gbk.podium"), "org 市\norg 甲县 \"县\"\n".getBytes(Charset.forName("GBK")));
        Problem problem = only(validateFolder(), IssueCodes.UNREADABLE);
        assertThat(problem.format()).startsWith(folder.resolve("gbk.podium") + ":1:5: error PDM-X003 ");
        assertThat(problem.message()).contains("0x", "UTF-8");
    }

    @Test
    void binaryGarbageIsReportedAtItsFirstNulByte() throws IOException {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        Files.write(folder.resolve("picture.podium"), png);
        Problem problem = only(validateFolder(), IssueCodes.BINARY);
        assertThat(problem.path()).endsWith("picture.podium");
        assertThat(problem.line()).isEqualTo(3); // after \r\n and \n of the PNG signature
        assertThat(problem.severity()).isEqualTo(Severity.ERROR);
    }

    @Test
    void unreadableFilesDoNotStopTheOthersFromValidating() throws IOException {
        Files.write(folder.resolve("a-garbage.podium"), new byte[] {0, 1, 2, (byte) 0xFF});
        Files.writeString(folder.resolve("b-plan.podium"), "group 全省 size 0\n", StandardCharsets.UTF_8);
        List<Problem> problems = validateFolder();
        assertThat(problems).extracting(Problem::code).containsExactly(IssueCodes.BINARY,
                IssueCodes.GROUP_SIZE_INVALID);
    }

    @Test
    void blocksNestedBeyondTheLimitAreRefusedAtTheBraceBeforeParsing() {
        // strings and comments do not count: "{" inside them is text
        String text = "org o0 \"{{{\" // {{{\n" + "{ org x ".repeat(101) + "}".repeat(101) + "\n";
        PodiumWorkspace workspace = PodiumWorkspace.create();
        assertThat(workspace.addText("deep.podium", text)).isNull();
        // by hand: line 2, the 101st "{ org x " starts at column 100 * 8 + 1
        assertThat(workspace.validate()).extracting(Problem::format).containsExactly("deep.podium:2:801: error PDM-X007"
                + " blocks nested more than 100 levels deep; Podium reads up to 100 (is a closing brace missing?)");
    }

    @Test
    void truncatedXmiIsReportedAtTheParsersPosition() throws IOException {
        Files.writeString(folder.resolve("plan.podium"), "org 市 \"某市\" city\n", StandardCharsets.UTF_8);
        PodiumWorkspace workspace = PodiumWorkspace.create();
        workspace.add(folder);
        byte[] xmi = new PodiumConversion(workspace.injector()).toXmi(workspace.files().keySet().stream()
                .map(org.eclipse.xtext.resource.XtextResource.class::cast).findFirst().orElseThrow(),
                URI.createFileURI(folder.resolve("plan.xmi").toString()));
        String text = new String(xmi, StandardCharsets.UTF_8);
        byte[] truncated = text.substring(0, text.lastIndexOf('<')).getBytes(StandardCharsets.UTF_8);
        Problem problem = readXmi(truncated);
        assertThat(problem.code()).isEqualTo(IssueCodes.XMI_UNREADABLE);
        assertThat(problem.line()).isEqualTo(text.substring(0, text.lastIndexOf('<')).split("\n", -1).length);
        assertThat(problem.column()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void binaryGarbageAsXmiIsAProblemNotAnException() {
        Problem problem = readXmi(new byte[] {0, 1, 2, 3, (byte) 0xFF, '<', '?'});
        assertThat(problem.format()).startsWith("broken.xmi:1:").contains(" error PDM-X005 not a readable Podium XMI file: ");
    }

    private Problem readXmi(byte[] bytes) {
        PodiumWorkspace workspace = PodiumWorkspace.create();
        Exception failure = catchException(() -> PodiumConversion.readXmi(workspace.resourceSet(),
                URI.createFileURI(folder.resolve("broken.xmi").toString()), bytes));
        assertThat(failure).isNotNull();
        Problem problem = PodiumConversion.xmiProblem("broken.xmi", failure);
        assertThat(problem.message()).doesNotContain("\tat ", "Exception:");
        return problem;
    }

    private List<Problem> validateFolder() {
        PodiumWorkspace workspace = PodiumWorkspace.create();
        workspace.add(folder);
        return workspace.validate();
    }

    private static Problem only(List<Problem> problems, String code) {
        assertThat(problems).extracting(Problem::code).containsExactly(code);
        assertThat(problems.get(0).message()).doesNotContain("\tat ", "Exception");
        return problems.get(0);
    }
}
