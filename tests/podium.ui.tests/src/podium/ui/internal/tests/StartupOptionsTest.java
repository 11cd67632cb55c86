/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.ui.internal.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import podium.ui.internal.StartupOptions;

/** The {@code --open DIR} program argument. */
class StartupOptionsTest {
    @TempDir
    Path cwd;

    @Test
    void openResolvesARelativeFolderAgainstTheWorkingDirectory() throws Exception {
        Files.createDirectories(cwd.resolve("examples"));
        StartupOptions options = StartupOptions.parse(new String[] { "-nl", "zh_CN", "--open", "examples" }, cwd);
        assertThat(options.openDir()).contains(cwd.resolve("examples").toRealPath());
        assertThat(options.warnings()).isEmpty();
    }

    @Test
    void openFollowsSymbolicLinksSoOneFolderIsOneProject() throws Exception {
        Path real = Files.createDirectories(cwd.resolve("real/examples"));
        Files.createSymbolicLink(cwd.resolve("link"), cwd.resolve("real"));
        StartupOptions options = StartupOptions.parse(new String[] { "--open", "link/examples" }, cwd);
        assertThat(options.openDir()).contains(real.toRealPath());
    }

    @Test
    void withoutOpenNothingIsOpened() {
        StartupOptions options = StartupOptions.parse(new String[] { "-clean", "examples" }, cwd);
        assertThat(options.openDir()).isEmpty();
        assertThat(options.warnings()).isEmpty();
    }

    @Test
    void openWithoutAFolderIsAWarningNotAFailure() {
        StartupOptions options = StartupOptions.parse(new String[] { "--open" }, cwd);
        assertThat(options.openDir()).isEmpty();
        assertThat(options.warnings()).hasSize(1);
    }

    @Test
    void openOfAMissingFolderIsAWarningNamingIt() {
        StartupOptions options = StartupOptions.parse(new String[] { "--open", "nowhere" }, cwd);
        assertThat(options.openDir()).isEmpty();
        assertThat(options.warnings()).singleElement().asString().contains("nowhere");
    }
}
