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
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import podium.cli.internal.CachedRun;
import podium.cli.internal.launch.ResultCache;
import podium.cli.tests.CliRun;
import podium.cli.internal.launch.ResultCache.Result;

/** Commands with kept results ({@code podium validate}, {@code report --list}): the same answers as without, and never a stale one. */
class CachedRunTest {

    static final String BASE = """
            plan p "测试计划" period 2004 as-of 2004-12-31 for 南阳市
            indicator 外资 "实际利用外资" unit 万美元
            org 南阳市 city { org 宛城区 district org 卧龙区 district }
            """;
    static final String ACTUALS = """
            actual 外资 宛城区 2004-01 累计 10 last-year 9
            actual 外资 卧龙区 2004-01 累计 12 last-year 8
            actual 外资 宛城区 2004-02 累计 20 last-year 18
            """;

    @TempDir
    Path cwd;
    private ResultCache cache;

    @BeforeEach
    void workspace() throws IOException {
        Files.createDirectories(cwd.resolve("ws"));
        Files.writeString(cwd.resolve("ws/base.podium"), BASE, UTF_8);
        Files.writeString(cwd.resolve("ws/actuals.podium"), ACTUALS, UTF_8);
        cache = new ResultCache(cwd.resolve("cache/results"));
    }

    private Result validate(String... args) {
        return CachedRun.run(List.of(args), cwd, true, cache);
    }

    /** What validate printed: its problems and their count go to stderr. */
    static String out(Result result) {
        return new String(result.err(), UTF_8);
    }

    @Test
    void anOrgRenamedInOneFileIsReportedWhereTheOtherFileUsesItOnTheNextRun() throws IOException {
        Result clean = validate("validate", "ws");
        assertThat(clean.exitCode()).as(out(clean)).isZero();
        assertThat(out(clean)).doesNotContain(" error ");

        Files.writeString(cwd.resolve("ws/base.podium"), BASE.replace("org 宛城区", "org 宛城"), UTF_8);
        Result renamed = validate("validate", "ws");

        // lines 1 and 3 of actuals.podium name 宛城区; line 2 (卧龙区) still links
        assertThat(renamed.exitCode()).isEqualTo(1);
        assertThat(out(renamed).lines().filter(l -> l.contains(" error ")))
                .allMatch(l -> l.startsWith("ws/actuals.podium:1:") || l.startsWith("ws/actuals.podium:3:"), "only lines 1 and 3")
                .anyMatch(l -> l.startsWith("ws/actuals.podium:1:") && l.contains("PDM-L001") && l.contains("宛城区"));

        Files.writeString(cwd.resolve("ws/base.podium"), BASE, UTF_8);
        assertThat(validate("validate", "ws").exitCode()).isZero();
    }

    @Test
    void aKeptResultIsTheSameAsValidatingWithoutTheCache() throws IOException {
        Files.writeString(cwd.resolve("ws/actuals.podium"), ACTUALS + "actual 外资 宛城区 2004-13 累计 30\n", UTF_8);
        Result first = validate("validate", "ws");
        Result kept = validate("validate", "ws");
        Result uncached = validate("validate", "--no-cache", "ws");

        assertThat(first.exitCode()).isEqualTo(1);
        assertThat(out(first)).contains("ws/actuals.podium:4:");
        assertThat(kept.exitCode()).isEqualTo(uncached.exitCode()).isEqualTo(first.exitCode());
        assertThat(out(kept)).isEqualTo(out(uncached)).isEqualTo(out(first));
        assertThat(cacheFiles()).hasSize(1);
    }

    @Test
    void noCacheNeitherReadsNorKeeps() throws IOException {
        validate("validate", "--no-cache", "ws");

        assertThat(cacheFiles()).isEmpty();
    }

    @Test
    void aKeptFileDamagedOrReplacedIsNotTrustedAndIsWrittenAgain() throws IOException {
        Result first = validate("validate", "ws");
        Path kept = cacheFiles().get(0);
        // a forged result in the place of the real one: well formed except for its checksum
        String forged = new String(Files.readAllBytes(kept), UTF_8).replaceFirst("\n0\n", "\n1\n");
        Files.writeString(kept, forged, UTF_8);

        Result again = validate("validate", "ws");

        assertThat(again.exitCode()).isZero();
        assertThat(out(again)).isEqualTo(out(first));
        assertThat(Files.readString(kept, UTF_8)).isNotEqualTo(forged);
    }

    @Test
    void theListOfReportsIsKeptAndAnsweredAsARunWithoutTheCache() throws IOException {
        List<String> list = List.of("report", "--list");
        Result first = CachedRun.run(list, cwd, true, cache);
        Result kept = CachedRun.run(list, cwd, true, cache);
        CliRun direct = CliRun.of("report", "--list");

        assertThat(first.exitCode()).isZero();
        assertThat(new String(first.out(), UTF_8)).contains("progress").contains("bulletin");
        assertThat(cacheFiles()).hasSize(1);
        assertThat(kept.exitCode()).isEqualTo(direct.exitCode()).isZero();
        assertThat(new String(kept.out(), UTF_8)).isEqualTo(direct.out()).isEqualTo(new String(first.out(), UTF_8));
        assertThat(new String(kept.err(), UTF_8)).isEqualTo(direct.err());
    }

    @Test
    void aResultIsNotKeptWhenAPluginCouldNotBeLoaded() throws IOException {
        // the one-shot run says which plugin failed before the command; that line is not in the key
        CachedRun.run(List.of("report", "--list"), cwd, false, cache);

        assertThat(cacheFiles()).isEmpty();
    }

    private List<Path> cacheFiles() throws IOException {
        Path folder = cwd.resolve("cache/results");
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        }
    }
}
