/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.benchmarks.reports;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jdk.jfr.Configuration;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where a report's time goes: runs it a few times to warm up, then records Java Flight Recorder samples (profile
 * settings) over more runs and prints the methods with the largest share of the samples taken inside the report,
 * by self time and including callees. {@code run.sh --profile REPORT [warm-up runs [measured runs]]}; the recording
 * is kept in benchmarks/results/reports-REPORT.jfr for JDK Mission Control or {@code jfr print}.
 */
public final class Profile {

    private Profile() {
    }

    public static void main(String[] args) throws Exception {
        String id = args[0];
        int warmUp = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int measured = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        Path out = Path.of(args.length > 3 ? args[3] : "reports-" + id + ".jfr");
        ReportsBenchmark bench = new ReportsBenchmark();
        bench.organisations = 200;
        bench.indicators = 50;
        bench.months = 60;
        bench.build();
        for (int i = 0; i < warmUp; i++) {
            bench.produce(id);
        }
        long total = 0;
        try (Recording recording = new Recording(Configuration.getConfiguration("profile"))) {
            recording.enable("jdk.ExecutionSample").withPeriod(java.time.Duration.ofMillis(10)).withStackTrace();
            recording.start();
            for (int i = 0; i < measured; i++) {
                long start = System.nanoTime();
                bench.produce(id);
                total += System.nanoTime() - start;
            }
            recording.stop();
            recording.dump(out);
        }
        System.out.printf("%s: %d runs after %d warm-up runs, %.0f ms per run; recording %s%n", id, measured, warmUp,
                total / 1e6 / measured, out);
        Map<String, Integer> self = new HashMap<>();
        Map<String, Integer> inclusive = new HashMap<>();
        int samples = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(out)) {
            if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null) {
                continue;
            }
            List<RecordedFrame> frames = event.getStackTrace().getFrames();
            List<String> names = frames.stream()
                    .map(f -> f.getMethod().getType().getName() + "." + f.getMethod().getName()).toList();
            if (names.stream().noneMatch(n -> n.endsWith("ReportsBenchmark.produce"))) {
                continue;
            }
            samples++;
            self.merge(names.get(0), 1, Integer::sum);
            Set<String> seen = new HashSet<>(names);
            seen.forEach(n -> inclusive.merge(n, 1, Integer::sum));
        }
        print("self", self, samples, 15);
        print("including callees", inclusive, samples, 40);
    }

    private static void print(String what, Map<String, Integer> counts, int samples, int limit) {
        System.out.printf("-- %s (%d samples)%n", what, samples);
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(limit)
                .forEach(e -> System.out.printf("%5.1f%%  %s%n", 100.0 * e.getValue() / samples, e.getKey()));
    }
}
