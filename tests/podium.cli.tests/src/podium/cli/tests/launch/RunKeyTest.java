/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.cli.tests.launch;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import podium.cli.internal.launch.RunKey;

/** What a kept result depends on: each input changes the key, nothing else does. */
class RunKeyTest {

    @TempDir
    Path cwd;

    private final List<String> args = List.of("validate", "ws");

    @BeforeEach
    void workspace() throws IOException {
        Files.createDirectories(cwd.resolve("ws/sub"));
        Files.writeString(cwd.resolve("ws/base.podium"), "org 市 city\n", UTF_8);
        Files.writeString(cwd.resolve("ws/sub/a.podium"), "actual x 市 2004-01 累计 1\n", UTF_8);
    }

    private RunKey key() {
        return RunKey.of("fingerprint", "zh_CN", cwd, args);
    }

    @Test
    void theSameInputGivesTheSameKey() {
        assertThat(key()).isEqualTo(key()).isNotNull();
    }

    @Test
    void aChangedFileInASubfolderChangesTheKeyButNotTheSlot() throws IOException {
        RunKey before = key();
        Files.writeString(cwd.resolve("ws/sub/a.podium"), "actual x 市 2004-01 累计 2\n", UTF_8);

        assertThat(key().key()).isNotEqualTo(before.key());
        assertThat(key().slot()).isEqualTo(before.slot());
    }

    @Test
    void anAddedOrRemovedFileChangesTheKey() throws IOException {
        RunKey before = key();
        Files.writeString(cwd.resolve("ws/new.podium"), "", UTF_8);
        RunKey added = key();
        Files.delete(cwd.resolve("ws/new.podium"));
        Files.delete(cwd.resolve("ws/sub/a.podium"));

        assertThat(added.key()).isNotEqualTo(before.key());
        assertThat(key().key()).isNotEqualTo(before.key()).isNotEqualTo(added.key());
    }

    @Test
    void aSeveritiesFileAboveTheWorkspaceChangesTheKey() throws IOException {
        RunKey before = key();
        Files.writeString(cwd.resolve(".podium-severities"), "PDM-M001 = off\n", UTF_8);

        assertThat(key().key()).isNotEqualTo(before.key());
    }

    @Test
    void anotherInstallationLanguageOrFolderChangesTheKey() throws IOException {
        RunKey before = key();
        Path elsewhere = Files.createDirectories(cwd.resolve("elsewhere"));
        Files.createDirectories(elsewhere.resolve("ws"));

        assertThat(RunKey.of("other fingerprint", "zh_CN", cwd, args).key()).isNotEqualTo(before.key());
        assertThat(RunKey.of("fingerprint", "en", cwd, args).key()).isNotEqualTo(before.key());
        assertThat(RunKey.of("fingerprint", "zh_CN", elsewhere, args).key()).isNotEqualTo(before.key());
    }

    @Test
    void noDaemonDoesNotChangeTheAnswerSoNotTheKey() {
        assertThat(RunKey.of("fingerprint", "zh_CN", cwd, List.of("validate", "--no-daemon", "ws"))).isEqualTo(key());
    }

    @Test
    void validateWithoutNoCacheIsKeptAndSoAreCommandsThatReadNoFile() {
        assertThat(RunKey.cacheable(List.of("validate", "ws"))).isTrue();
        assertThat(RunKey.cacheable(List.of("validate", "--no-cache", "ws"))).isFalse();
        assertThat(RunKey.cacheable(List.of("format", "ws"))).isFalse();
        assertThat(RunKey.cacheable(List.of("report", "progress", "--plan", "ws"))).isFalse();
        assertThat(RunKey.cacheable(List.of("plugins", "install", "acme.jar"))).isFalse();
        assertThat(RunKey.of("fingerprint", "zh_CN", cwd, List.of("report", "ws"))).isNull();
        // help texts and the lists of reports and plugins: Podium, its plugins and the language decide them
        assertThat(RunKey.cacheable(List.of("--help"))).isTrue();
        assertThat(RunKey.cacheable(List.of("validate", "--help"))).isTrue();
        assertThat(RunKey.cacheable(List.of("actuals", "import", "-h"))).isTrue();
        assertThat(RunKey.cacheable(List.of("help", "actuals", "import"))).isTrue();
        assertThat(RunKey.cacheable(List.of("report", "--list"))).isTrue();
        assertThat(RunKey.cacheable(List.of("report", "--no-daemon", "--list"))).isTrue();
        assertThat(RunKey.cacheable(List.of("plugins", "list"))).isTrue();
        // after --, "--help" is the name of a file
        assertThat(RunKey.cacheable(List.of("format", "--", "--help"))).isFalse();
    }

    @Test
    void aCommandThatReadsNoFileIsKeyedByInstallationLanguageAndFolderNotByFiles() throws IOException {
        List<String> list = List.of("report", "--list");
        RunKey before = RunKey.of("fingerprint", "zh_CN", cwd, list);
        Files.writeString(cwd.resolve("ws/base.podium"), "org 县 county\n", UTF_8);

        assertThat(RunKey.of("fingerprint", "zh_CN", cwd, list)).isEqualTo(before);
        assertThat(RunKey.of("other fingerprint", "zh_CN", cwd, list).key()).isNotEqualTo(before.key());
        assertThat(RunKey.of("fingerprint", "en", cwd, list).key()).isNotEqualTo(before.key());
        // plugins list names the plugin folders relative to the working folder
        assertThat(RunKey.of("fingerprint", "zh_CN", cwd.resolve("ws"), list).key()).isNotEqualTo(before.key());
    }

    @Test
    void aFileBeyondTheSizeLimitOrADeviceIsNotKeptSoTheCommandReportsIt() throws IOException {
        // sparse: no disk is used, but reading it whole into memory failed with OutOfMemoryError in the client
        try (var file = new java.io.RandomAccessFile(cwd.resolve("ws/huge.podium").toFile(), "rw")) {
            file.setLength(podium.core.Limits.PODIUM_FILE_BYTES + 1);
        }
        assertThat(key()).isNull();
        Files.delete(cwd.resolve("ws/huge.podium"));
        assertThat(key()).isNotNull();
        assertThat(RunKey.of("fingerprint", "zh_CN", cwd, List.of("validate", "/dev/zero"))).isNull();
    }
}
