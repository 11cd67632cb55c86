/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.cli.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class PodiumCliTest {

    @Test
    void versionGoesToStdoutWithExitZero() {
        CliRun run = CliRun.of("--version");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("Podium 0.1.0");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void helpListsExitCodes() {
        CliRun run = CliRun.of("--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).startsWith("Usage: podium");
        assertThat(run.out().replaceAll("\\s+", " ")).contains("Exit codes: 0 ok, 1 problems in your input, 2 usage"
                + " error, 3 internal error (your files are not changed), 4 partly done");
    }

    static List<String> commands() {
        return HelpTexts.COMMANDS;
    }

    @Test
    void noPathFileNameOrExampleOfTheHelpIsSplitAcrossLines() {
        HelpTexts.assertNothingSplit();
    }

    @ParameterizedTest(name = "podium {0} --help")
    @MethodSource("commands")
    void everyHelpIsEnglishAndWrappedNotBroken(String command) {
        CliRun run = HelpTexts.help(command);
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).startsWith("Usage: podium " + command).contains("Show this help message and exit.")
                .doesNotContain("用法", "退出码", "显示");
        HelpTexts.assertWrapped(run.out());
        HelpTexts.assertDescribed(run.out());
    }

    @ParameterizedTest(name = "podium {0} --help")
    @MethodSource("commands")
    void everyCommandsHelpGivesItsExitCodesWithThree(String command) {
        String help = HelpTexts.help(command).out().replaceAll("\\s+", " ");
        if (command.equals("actuals") || command.startsWith("plugins ")) {
            return; // groups of commands and the plugin manager's subcommands: see their parent's or subcommand's help
        }
        assertThat(help).contains("Exit codes: 0 ").contains(" 2 usage error").containsPattern(" 3 [^,]*internal error");
    }

    @Test
    void aUsageErrorSaysWhatIsWrongAndWhereHelpIs() {
        CliRun unknown = CliRun.of("validate", "--evry-use", "x");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).isEqualTo("podium: unknown option or argument: --evry-use; did you mean --every-use?\n"
                + "Try 'podium validate --help' for usage.\n");

        CliRun missing = CliRun.of("validate");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).isEqualTo("podium: missing FILE|DIR\nTry 'podium validate --help' for usage.\n");

        CliRun badValue = CliRun.of("convert", "plan.podium", "--to", "pdf");
        assertThat(badValue.exitCode()).isEqualTo(2);
        assertThat(badValue.err()).isEqualTo("podium: invalid value for --to: 'pdf' (one of xmi, podium)\n"
                + "Try 'podium convert --help' for usage.\n");
    }

    @ParameterizedTest
    @ValueSource(strings = { "plugins", "actuals" })
    void aGroupOfCommandsWithoutOneIsAUsageError(String group) {
        CliRun run = CliRun.of(group);
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("podium: give a subcommand: ").contains("Try 'podium " + group + " --help' for usage.");
        assertThat(run.err().lines().findFirst().orElseThrow())
                .isEqualTo(group.equals("plugins") ? "podium: give a subcommand: list, install, enable, disable, uninstall"
                        : "podium: give a subcommand: import");
    }

    @Test
    void unknownSubcommandIsAUsageErrorOnStderr() {
        CliRun run = CliRun.of("frobnicate");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("frobnicate").contains("--help").doesNotContain("Exception");
    }

    @Test
    void unknownOptionIsAUsageError() {
        CliRun run = CliRun.of("--no-such-option");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--no-such-option");
    }

    @ParameterizedTest
    @ValueSource(strings = { "validate", "format" })
    void aMissingFileOrFolderIsAUsageErrorNamingIt(String command) {
        CliRun run = CliRun.of(command, "no-such-folder/plan.podium");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("podium " + command + ": no such file or folder: no-such-folder/plan.podium");
    }

    @ParameterizedTest
    @ValueSource(strings = { "validate", "format" })
    void aFolderWithoutPlanFilesIsAUsageErrorNotACleanCheck(String command, @TempDir Path dir) throws IOException {
        Path folder = Files.createDirectories(dir.resolve("空/下级"));
        Files.writeString(folder.resolve("readme.txt"), "not a plan");
        Files.writeString(dir.resolve("plan.podium"), "indicator 外资 \"实际利用外资\" unit 万美元\n");

        CliRun run = CliRun.of(command, dir.toString(), dir.resolve("空").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("podium " + command + ": no .podium or .xmi file in " + dir.resolve("空")
                + " or its subfolders\n");
    }
}
