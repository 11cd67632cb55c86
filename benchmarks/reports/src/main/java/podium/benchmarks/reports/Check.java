/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.benchmarks.reports;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import podium.reports.api.ReportData;
import podium.reports.api.Table;
import podium.reports.api.Value;

/**
 * What the benchmark runs, without JMH: the model's size, then each report once (times of a cold JVM, not the
 * benchmark's) with its tables, rows and omissions, so that one sees the reports do real work on this model.
 * {@code run.sh --check [organisations]}.
 */
public final class Check {

    private Check() {
    }

    private static String text(Value v) {
        return v instanceof Value.Text t ? t.text() : v instanceof Value.Amount a ? a.value().toPlainString() : v.toString();
    }

    public static void main(String[] args) throws Exception {
        ReportsBenchmark bench = new ReportsBenchmark();
        bench.organisations = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        bench.indicators = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        bench.months = args.length > 2 ? Integer.parseInt(args[2]) : 60;
        long start = System.nanoTime();
        bench.build();
        ReportsModel m = bench.model();
        System.out.printf("model built in %.1f s: %d organisations, %d indicators, %d months (%s … %s); %d actuals, "
                + "%d targets, %d decompositions with %d shares, %d rank observations, %d projects, %d measures, "
                + "%d speeches with %d figures%n", (System.nanoTime() - start) / 1e9, m.organisations, m.indicatorCount,
                m.months, ReportsModel.FIRST, m.asOf, m.actualCount, m.targetCount, m.decompositions.size(), m.shareCount,
                m.rankCount, m.projectStage.length, m.measureOwner.length, m.speeches.size(), m.figureCount);
        System.out.println("parameters: " + bench.parameters().get("ranking"));
        for (String id : bench.parameters().keySet()) {
            long t0 = System.nanoTime();
            ReportData data = bench.produce(id);
            long t1 = System.nanoTime();
            bench.produce(id);
            long t2 = System.nanoTime();
            Map<String, Integer> rows = new TreeMap<>();
            for (Table t : data.tables()) {
                rows.merge(t.id().replaceAll("-\\d+$", "-N"), t.rows().size(), Integer::sum);
            }
            System.out.printf("%-13s first %6.0f ms, second %6.0f ms; %d blocks (%d charts); rows %s; %d omissions%n", id,
                    (t1 - t0) / 1e6, (t2 - t1) / 1e6, data.blocks().size(), data.charts().size(),
                    rows.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", ")),
                    data.omissions().size());
            data.omissions().stream().limit(2).forEach(o -> System.out.println("    omission: " + o));
        }
        Baselines b = bench.baselines();
        // the baselines do the reports' arithmetic: the same statuses and the same speech-check outcomes
        Table progress = bench.produce("progress").tables().get(0);
        int status = progress.columnIndex("status");
        Map<String, Long> statuses = progress.rows().stream()
                .collect(Collectors.groupingBy(r -> ((Value.Status) r.cell(status)).key(), TreeMap::new, Collectors.counting()));
        int[] counts = b.progressStatuses();
        System.out.printf("progress statuses: report %s; baseline no-data=%d zero-progress=%d behind=%d on-schedule=%d ahead=%d%n",
                statuses, counts[0], counts[1], counts[2], counts[3], counts[4]);
        for (var row : bench.produce("speech-check").tables().get(0).rows()) {
            System.out.println("speech-check summary: " + row.cells().stream().map(Check::text).collect(Collectors.joining(" | ")));
        }
        System.out.printf("baseline checksums: progress %.2f, ranking %.2f, zero-progress %.2f, pipeline %.2f, measures %.2f, "
                + "speech-check %.0f (match·10^6 + mismatch·10^4 + none·100 + blanked), bulletin %.2f%n", b.progress(),
                b.ranking(), b.zeroProgress(), b.pipeline(3), b.measures(30), b.speechCheck(), b.bulletin(3));
    }
}
