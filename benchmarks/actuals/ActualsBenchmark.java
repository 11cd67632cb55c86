/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
import java.io.IOException;
import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import podium.actuals.ActualsImporter;
import podium.actuals.ImportResult;
import podium.actuals.Mapping;
import podium.lang.tools.PlanLoader;
import podium.model.persistence.LoadResult;

/**
 * Imports a 201 600-row CSV into a generated workspace as {@code podium actuals import} does, and again over
 * the actuals it wrote, against only reading the same file with commons-csv and parsing its numbers
 * (wall clock and peak heap of each step; the ratio to the baseline of the same round is what compares
 * across machines).
 */
public class ActualsBenchmark {
    private static final int COUNTIES = Integer.getInteger("counties", 420);
    private static final int INDICATORS = 40;
    private static final int ROUNDS = Integer.getInteger("rounds", 3);
    /** -Dvalidate=true loads as the command did before PlanLoader.loadForWriting (validating the workspace), to time older builds. */
    private static final boolean VALIDATE_FIRST = Boolean.getBoolean("validate");

    public static void main(String[] args) throws Exception {
        String write = System.getProperty("write");
        if (write != null) {
            // -Dwrite=DIR: the plan and both files only, to time `podium actuals import` itself
            Path dir = Files.createDirectories(Path.of(write));
            Files.writeString(dir.resolve("plan.podium"), plan(), StandardCharsets.UTF_8);
            csv(dir.resolve("first.csv"), 0);
            csv(dir.resolve("second.csv"), 1);
            return;
        }
        Path dir = Files.createTempDirectory("podium-actuals-bench");
        Path first = csv(dir.resolve("first.csv"), 0);
        Path second = csv(dir.resolve("second.csv"), 1);
        System.out.printf("%d rows per file; load average at start %.2f on %d cores; max heap %d MiB%n",
                COUNTIES * INDICATORS * 12, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        try {
            rounds(dir, first, second);
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    private static void rounds(Path dir, Path first, Path second) throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            Path workspace = Files.createDirectory(dir.resolve("round" + round));
            Path plan = workspace.resolve("plan.podium");
            Files.writeString(plan, plan(), StandardCharsets.UTF_8);
            Step baseline = time(() -> readOnly(first));
            Step imported = time(() -> importInto(plan, first));
            Step again = time(() -> importInto(plan, second));
            System.out.printf("round %d:%n  read only %s%n  import    %s: %.1fx%n  re-import %s: %.1fx%n", round,
                    baseline, imported, imported.ms / baseline.ms, again, again.ms / baseline.ms);
        }
    }

    /** One import as the command runs it; returns the milliseconds of its steps (load, import, save) and its summary. */
    private static String importInto(Path plan, Path data) throws IOException {
        long t0 = System.nanoTime();
        LoadResult loaded = load(plan);
        if (loaded.resource() == null) {
            throw new IllegalStateException(loaded.problems().toString());
        }
        long t1 = System.nanoTime();
        ImportResult result = ActualsImporter.importInto(loaded.resource(), data, Mapping.automatic(), false);
        if (result.hasErrors()) {
            throw new IllegalStateException(result.problems().subList(0, Math.min(5, result.problems().size())).toString());
        }
        long t2 = System.nanoTime();
        ActualsImporter.saveAll(result);
        long t3 = System.nanoTime();
        return String.format("load %d + import %d + save %d ms: %s", (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000,
                (t3 - t2) / 1_000_000, result.summary());
    }

    /** PlanLoader.loadForWriting, or load for builds before it (called by name, so that the file compiles against them). */
    private static LoadResult load(Path plan) throws IOException {
        try {
            return (LoadResult) PlanLoader.class.getMethod(VALIDATE_FIRST ? "load" : "loadForWriting", Path.class)
                    .invoke(null, plan);
        } catch (ReflectiveOperationException e) {
            throw new IOException(e);
        }
    }

    /** The baseline: decode and parse the file, and every number in it. */
    private static String readOnly(Path data) throws IOException {
        BigDecimal sum = BigDecimal.ZERO;
        int rows = 0;
        try (Reader in = Files.newBufferedReader(data, StandardCharsets.UTF_8)) {
            for (CSVRecord record : CSVFormat.DEFAULT.parse(in)) {
                if (record.getRecordNumber() > 1) {
                    sum = sum.add(new BigDecimal(record.get(3)));
                    rows++;
                }
            }
        }
        return rows + " rows, sum " + sum;
    }

    private record Step(double ms, long peakMiB, String result) {
        @Override
        public String toString() {
            return String.format("%.0f ms, peak heap %d MiB (%s)", ms, peakMiB, result);
        }
    }

    private static Step time(Callable<String> step) throws Exception {
        System.gc();
        List<MemoryPoolMXBean> heap = new ArrayList<>();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
                heap.add(pool);
            }
        }
        long start = System.nanoTime();
        String result = step.call();
        double ms = (System.nanoTime() - start) / 1e6;
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        return new Step(ms, peak >> 20, result);
    }

    private static String plan() {
        StringBuilder b = new StringBuilder("plan p \"基准\" period 2004 as-of 2004-12-31 for 市\n");
        for (int i = 0; i < INDICATORS; i++) {
            b.append("indicator ").append(indicator(i)).append(" \"指标").append(i).append("\" unit 万美元 cumulative sum\n");
        }
        b.append("org 市 \"某市\" city {\n");
        for (int u = 0; u < COUNTIES; u++) {
            b.append("\torg ").append(county(u)).append(" county\n");
        }
        return b.append("}\n").toString();
    }

    /** Cumulative values rising month by month; the second file adds {@code delta} to each, so every row replaces. */
    private static Path csv(Path file, int delta) throws IOException {
        StringBuilder b = new StringBuilder("单位,指标,月份,累计\n");
        for (int u = 0; u < COUNTIES; u++) {
            for (int i = 0; i < INDICATORS; i++) {
                for (int m = 1; m <= 12; m++) {
                    b.append(county(u)).append(',').append(indicator(i)).append(",2004-").append(m < 10 ? "0" : "")
                            .append(m).append(',').append(m * 10 + (u + i) % 7 + delta).append('\n');
                }
            }
        }
        return Files.writeString(file, b, StandardCharsets.UTF_8);
    }

    private static String indicator(int i) {
        return "指标" + (char) ('甲' + i / 10) + (char) (0xFF10 + i % 10);
    }

    private static String county(int u) {
        return "县" + (char) (0x4E00 + u / 100) + (char) (0xFF10 + u / 10 % 10) + (char) (0xFF10 + u % 10);
    }
}
