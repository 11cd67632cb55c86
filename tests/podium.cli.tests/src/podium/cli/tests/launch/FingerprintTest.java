/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.cli.tests.launch;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import podium.cli.internal.launch.Fingerprint;

/** Podium's bundles and the plugin folders decide a result as much as the files do. */
class FingerprintTest {

    @TempDir
    Path dir;
    private Path installation;
    private Path plugins;

    @BeforeEach
    void installation() throws IOException {
        installation = Files.createDirectories(dir.resolve("podium"));
        Files.createDirectories(installation.resolve("plugins"));
        Files.writeString(installation.resolve("plugins/podium.core_0.1.0.1.jar"), "core", UTF_8);
        plugins = Files.createDirectories(dir.resolve("user-plugins"));
    }

    private String fingerprint() throws IOException {
        return Fingerprint.of(installation, List.of(plugins));
    }

    @Test
    void unchangedIsTheSame() throws IOException {
        assertThat(fingerprint()).isEqualTo(fingerprint());
    }

    @Test
    void aRebuiltBundleChangesIt() throws IOException {
        String before = fingerprint();
        Files.move(installation.resolve("plugins/podium.core_0.1.0.1.jar"), installation.resolve("plugins/podium.core_0.1.0.2.jar"));

        assertThat(fingerprint()).isNotEqualTo(before);
    }

    @Test
    void anInstalledUpdatedOrDisabledPluginChangesIt() throws IOException {
        String before = fingerprint();
        Path jar = Files.writeString(plugins.resolve("rules_1.0.0.jar"), "rules", UTF_8);
        String installed = fingerprint();
        Files.writeString(jar, "rules, updated", UTF_8);
        String updated = fingerprint();
        Files.writeString(plugins.resolve("podium-plugins.properties"), "rules=disabled\n", UTF_8);

        assertThat(List.of(before, installed, updated, fingerprint())).doesNotHaveDuplicates();
    }

    @Test
    void aJarReplacedWithTheSameSizeChangesItByItsTime() throws IOException {
        Path jar = Files.writeString(plugins.resolve("rules_1.0.0.jar"), "rules-a", UTF_8);
        Files.setLastModifiedTime(jar, FileTime.fromMillis(1_000_000));
        String before = fingerprint();
        Files.writeString(jar, "rules-b", UTF_8);
        Files.setLastModifiedTime(jar, FileTime.fromMillis(2_000_000));

        assertThat(fingerprint()).isNotEqualTo(before);
    }
}
