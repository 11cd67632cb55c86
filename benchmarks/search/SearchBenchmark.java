/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;

import podium.plugins.registry.Contributor;
import podium.search.SearchCategory;
import podium.search.SearchContext;
import podium.search.SearchItem;
import podium.search.SearchSession;
import podium.search.SearchTarget;

/**
 * Search Everywhere over 100 000 items: the time of one keystroke (matching every item with pinyin and
 * ranking, as the popup does on each key) against a baseline in the same run that only tests
 * {@code String.contains} on the same labels. Goal (issue 16): ≤ 50 ms per keystroke.
 */
public class SearchBenchmark {

    private static final String PLACES = "宛城卧龙南召方城西峡镇平内乡淅川社旗唐河新野桐柏邓州高新东南北山河湖港口长安平阳兴华";
    private static final String[] KINDS = {"县", "区", "镇", "乡", "街道"};
    private static final String[] INDICATORS = {"实际利用外资", "外贸出口", "固定资产投资", "一般公共预算收入", "规模以上工业增加值",
        "社会消费品零售总额", "信访总量", "学前毛入园率", "新建幼儿园", "城镇新增就业"};
    private static final String[] TYPED = {"sjlywz", "wlq", "gdzctz", "xinfang", "宛城区", "2025", "zsyz"};

    public static void main(String[] args) {
        int items = Integer.getInteger("items", 100_000);
        int rounds = Integer.getInteger("rounds", 5);
        List<String> labels = labels(items, new Random(20261207));
        List<SearchCategory> categories = new ArrayList<>();
        int perCategory = items / 5;
        for (int c = 0; c < 5; c++) {
            List<String> mine = labels.subList(c * perCategory, (c + 1) * perCategory);
            categories.add(new SearchCategory("c" + c, "类别" + c, "Category " + c, c, new Contributor("bench", "bench"),
                    () -> (podium.search.SearchProvider) (context, sink) -> mine.forEach(
                            l -> sink.accept(new SearchItem(l, "", new SearchTarget.Command("open"))))));
        }
        long start = System.nanoTime();
        SearchSession session = SearchSession.collect(categories, SearchContext.none(), Duration.ofMinutes(5));
        System.out.printf("collect %d items (pinyin of every label): %.0f ms%n", session.size(), ms(System.nanoTime() - start));

        List<Long> search = new ArrayList<>();
        List<Long> baseline = new ArrayList<>();
        // CPU time of the process as well (a keystroke may use every core): on a loaded machine wall
        // time also counts the waits for a core
        com.sun.management.OperatingSystemMXBean cpu =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        List<Long> searchCpu = new ArrayList<>();
        List<Long> baselineCpu = new ArrayList<>();
        long sink = 0;
        for (int round = 0; round < rounds + 1; round++) {
            for (String query : TYPED) {
                for (int k = 1; k <= query.length(); k++) {
                    String typed = query.substring(0, k);
                    long c0 = cpu.getProcessCpuTime();
                    long t0 = System.nanoTime();
                    sink += session.find(typed, Set.of(), 8).size();
                    long t1 = System.nanoTime();
                    long c1 = cpu.getProcessCpuTime();
                    for (String label : labels) {
                        if (label.contains(typed)) {
                            sink++;
                        }
                    }
                    long t2 = System.nanoTime();
                    long c2 = cpu.getProcessCpuTime();
                    if (round > 0) { // the first round warms the JIT up
                        search.add(t1 - t0);
                        baseline.add(t2 - t1);
                        searchCpu.add(c1 - c0);
                        if (System.getProperty("perKey") != null) {
                            System.out.printf("%s %.1f%n", typed, ms(c1 - c0));
                        }
                        baselineCpu.add(c2 - c1);
                    }
                }
            }
        }
        long[] s = search.stream().mapToLong(Long::longValue).sorted().toArray();
        long[] b = baseline.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf("keystroke (match + rank, %d items): median %.1f ms, p90 %.1f ms, max %.1f ms%n", items,
                ms(s[s.length / 2]), ms(s[s.length * 9 / 10]), ms(s[s.length - 1]));
        System.out.printf("baseline (String.contains over the labels): median %.1f ms, p90 %.1f ms%n",
                ms(b[b.length / 2]), ms(b[b.length * 9 / 10]));
        long[] sc = searchCpu.stream().mapToLong(Long::longValue).sorted().toArray();
        long[] bc = baselineCpu.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf("CPU time of a keystroke (all threads): median %.1f ms, p90 %.1f ms, max %.1f ms; baseline median %.1f ms, p90 %.1f ms%n",
                ms(sc[sc.length / 2]), ms(sc[sc.length * 9 / 10]), ms(sc[sc.length - 1]), ms(bc[bc.length / 2]),
                ms(bc[bc.length * 9 / 10]));
        System.out.printf("ratio (median): %.1fx; goal <= 50 ms per keystroke: %s%n", (double) s[s.length / 2] / b[b.length / 2],
                ms(s[s.length * 9 / 10]) <= 50 ? "met (p90)" : "NOT met (p90)");
        if (sink == 42) {
            System.out.println(Arrays.toString(b));
        }
    }

    private static List<String> labels(int count, Random random) {
        List<String> labels = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String place = "" + PLACES.charAt(random.nextInt(PLACES.length())) + PLACES.charAt(random.nextInt(PLACES.length()))
                    + KINDS[random.nextInt(KINDS.length)];
            labels.add(switch (i % 3) {
                case 0 -> place;
                case 1 -> INDICATORS[random.nextInt(INDICATORS.length)] + " " + place + " " + (2020 + random.nextInt(6));
                default -> place + INDICATORS[random.nextInt(INDICATORS.length)] + "项目";
            });
        }
        return labels;
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
