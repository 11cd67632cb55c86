/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.ui.internal.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The product's launch script (podium.core.feature's root file) starts the workbench in the language
 * chosen in Settings, restarts it on exit code 23, and leaves the headless commands to the locale.
 * Every JVM it starts gets {@code -Duser.home} from {@code $HOME}, as the folders the script itself
 * uses. A stand-in {@code java} records the arguments it is given.
 */
class LaunchScriptLanguageTest {
    @TempDir
    Path dir;
    private Path script;
    private Path args;
    private Path languageFile;

    @BeforeEach
    void install() throws IOException {
        Path install = dir.resolve("install");
        Files.createDirectories(install.resolve("plugins"));
        Files.createDirectories(install.resolve("configuration"));
        Files.createFile(install.resolve("plugins/org.eclipse.equinox.launcher_1.6.1000.jar"));
        Files.createFile(install.resolve("configuration/config.ini"));
        script = install.resolve("podium");
        Files.copy(Path.of(System.getProperty("podium.launchScript")), script);
        executable(script);
        args = dir.resolve("args.txt");
        languageFile = dir.resolve("config/podium/language");
        // Equinox's start: record; if asked, switch the language and ask for a restart (exit 23) once
        Path java = dir.resolve("jdk/bin/java");
        Files.createDirectories(java.getParent());
        Files.writeString(java, """
                #!/bin/sh
                # the launcher's pre-Equinox client: "not mine" (90), as for any command it does not serve
                case "$*" in *QuickStart*) echo "$@" >> "$ARGS_FILE.quick"; exit 90 ;; esac
                echo "$@" >> "$ARGS_FILE"
                if [ -n "$SWITCH_TO" ] && [ "$(wc -l < "$ARGS_FILE")" -eq 1 ]; then
                  echo "$SWITCH_TO" > "$XDG_CONFIG_HOME/podium/language"
                  exit 23
                fi
                exit 0
                """);
        executable(java);
    }

    private static void executable(Path file) throws IOException {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private List<String> run(Optional<String> chosen, Map<String, String> extraEnv, String... arguments) throws Exception {
        if (chosen.isPresent()) {
            new LanguageSetting(languageFile).choose(chosen);
        }
        ProcessBuilder builder = new ProcessBuilder(script.toString());
        builder.command().addAll(List.of(arguments));
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(k -> k.startsWith("LC_") || k.equals("LANG") || k.startsWith("XDG_") || k.startsWith("PODIUM"));
        env.put("HOME", dir.resolve("home").toString());
        env.put("XDG_CONFIG_HOME", dir.resolve("config").toString());
        env.put("XDG_CACHE_HOME", dir.resolve("cache").toString());
        env.put("JAVA_HOME", dir.resolve("jdk").toString());
        env.put("PODIUM_WORKSPACE", dir.resolve("workspace").toString());
        env.put("ARGS_FILE", args.toString());
        env.put("LANG", "zh_CN.UTF-8");
        env.putAll(extraEnv);
        Process process = builder.redirectErrorStream(true).start();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
                .isZero();
        return Files.readAllLines(args);
    }

    @Test
    void withoutAChoiceTheWorkbenchFollowsTheLocale() throws Exception {
        assertThat(run(Optional.empty(), Map.of())).singleElement().asString().contains("-nl zh_CN ")
                .contains("-application podium.ui.application");
    }

    @Test
    void theChosenLanguageWinsOverTheLocale() throws Exception {
        // the locale's language still goes along, as the system's, for Settings > Language to name it
        assertThat(run(Optional.of("en"), Map.of())).singleElement().asString().contains("-nl en ")
                .doesNotContain("-nl zh_CN").contains("-Dpodium.systemNl=zh_CN ");
    }

    @Test
    void anExplicitNlWinsOverTheChoice() throws Exception {
        assertThat(run(Optional.of("en"), Map.of(), "-nl", "zh_CN")).singleElement().asString().contains("-nl zh_CN ")
                .doesNotContain("-nl en");
    }

    @Test
    void aRestartRequestStartsAgainInTheLanguageChosenMeanwhile() throws Exception {
        List<String> starts = run(Optional.of("en"), Map.of("SWITCH_TO", "zh_CN"));
        assertThat(starts).hasSize(2);
        assertThat(starts.get(0)).contains("-nl en ");
        assertThat(starts.get(1)).contains("-nl zh_CN ");
    }

    @Test
    void everyJvmTakesItsHomeFromHomeAsTheScriptDoes() throws Exception {
        // Java's own user.home comes from the password database; the plugin folder and the language file
        // would then be in another home than the OSGi cache and the workspace
        String home = "-Duser.home=" + dir.resolve("home") + " ";
        assertThat(run(Optional.empty(), Map.of())).singleElement().asString().contains(home);
        Files.delete(args);
        assertThat(run(Optional.empty(), Map.of(), "validate", "x")).singleElement().asString().contains(home);
        assertThat(Files.readAllLines(Path.of(args + ".quick"))).singleElement().asString().contains(home);
    }

    @Test
    void podiumJavaOptsStillChooseAnotherHome() throws Exception {
        String line = run(Optional.empty(), Map.of("PODIUM_JAVA_OPTS", "-Duser.home=/elsewhere"), "validate", "x").get(0);
        assertThat(line.indexOf("-Duser.home=/elsewhere")).isGreaterThan(line.indexOf("-Duser.home=" + dir.resolve("home")));
    }

    @Test
    void headlessCommandsKeepTheLocalesLanguage() throws Exception {
        assertThat(run(Optional.of("en"), Map.of(), "validate", "x")).singleElement().asString()
                .contains("-nl zh_CN ").contains("-application podium.cli.app");
    }
}
