/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.stream.IntStream;

import podium.search.SearchSession.Entry;

/**
 * What one query matched in one category, kept for the next keystroke: every matching entry with a
 * ceiling of its score (the score itself, or a bound when scoring was skipped), highest ceiling first.
 *
 * <p>A keystroke must say which names match and which few are best; only the best need scores. When
 * the user types on, a name's new score is at most its ceiling plus
 * {@link FuzzyMatcher#MOST_PER_CHARACTER} per new character, so once that bound falls below the
 * lowest score shown, the remaining names (in ceiling order) are only tested for a match, which is
 * cheaper than scoring them.
 */
final class Matches {

    /** Below this many candidates per thread, one thread is faster than starting more. */
    private static final int PER_THREAD = 10_000;

    private final List<Entry> entries;
    private final int[] ceilings;
    private final List<Entry> best;

    private Matches(List<Entry> entries, int[] ceilings, List<Entry> best) {
        this.entries = entries;
        this.ceilings = ceilings;
        this.best = best;
    }

    /** Scores every entry of a category (in the providers' order) for a query typed afresh. */
    static Matches of(List<Entry> all, int[] query, int count) {
        return scan(all, null, query, 0, count);
    }

    /** The entries among these that match {@code query}, which extends the query these matched. */
    Matches narrow(int[] query, int slack, int count) {
        return scan(entries, ceilings, query, slack, count);
    }

    /**
     * Large categories are scanned on every core, each thread taking every n-th entry so that all of
     * them meet high ceilings early and can skip scoring as soon as one thread alone would.
     */
    private static Matches scan(List<Entry> candidates, int[] ceilings, int[] query, int slack, int count) {
        int threads = candidates.size() < PER_THREAD ? 1
                : Math.min(Runtime.getRuntime().availableProcessors(), candidates.size() / PER_THREAD);
        List<Collector> parts = IntStream.range(0, threads).parallel()
                .mapToObj(part -> scan(candidates, ceilings, part, threads, query, slack, count)).toList();
        return Collector.merge(parts, count);
    }

    private static Collector scan(List<Entry> candidates, int[] ceilings, int first, int stride, int[] query,
            int slack, int count) {
        Collector collector = new Collector(candidates.size() / stride, count);
        for (int i = first; i < candidates.size(); i += stride) {
            Entry entry = candidates.get(i);
            if (ceilings != null && collector.full() && ceilings[i] + slack < collector.lowest()) {
                if (SearchSession.matches(query, entry)) {
                    collector.add(entry, ceilings[i] + slack);
                }
            } else {
                int score = SearchSession.score(query, entry);
                if (score != FuzzyMatcher.NO_MATCH) {
                    collector.scored(entry, score);
                }
            }
        }
        return collector;
    }

    int size() {
        return entries.size();
    }

    /** The best entries, best first: higher score, then the shorter label, then the label's order. */
    List<Entry> best() {
        return best;
    }

    /** Gathers one pass's matches, keeping the best few in a bounded queue (a first keystroke matches most names). */
    private static final class Collector {
        private record Scored(Entry entry, int score) {
        }

        private static final Comparator<Scored> RANKING = Comparator.comparingInt((Scored s) -> -s.score())
                .thenComparingInt(s -> s.entry().item().label().length())
                .thenComparing(s -> s.entry().item().label());

        private final List<Entry> entries;
        private int[] ceilings;
        private final int count;
        private final PriorityQueue<Scored> kept;

        Collector(int capacity, int count) {
            this.entries = new ArrayList<>(Math.min(capacity, 1024));
            this.ceilings = new int[Math.min(capacity, 1024)];
            this.count = count;
            this.kept = new PriorityQueue<>(RANKING.reversed());
        }

        boolean full() {
            return kept.size() >= count;
        }

        int lowest() {
            return kept.peek().score();
        }

        void scored(Entry entry, int score) {
            add(entry, score);
            if (kept.size() < count) {
                kept.add(new Scored(entry, score));
            } else if (count > 0 && score >= lowest()) { // most names are below: no ranking, no garbage
                Scored scored = new Scored(entry, score);
                if (RANKING.compare(scored, kept.peek()) < 0) {
                    kept.poll();
                    kept.add(scored);
                }
            }
        }

        void add(Entry entry, int ceiling) {
            if (entries.size() == ceilings.length) {
                ceilings = Arrays.copyOf(ceilings, ceilings.length * 2);
            }
            ceilings[entries.size()] = ceiling;
            entries.add(entry);
        }

        /** Joins the parts' matches ordered by ceiling, highest first, by counting (ceilings are small whole numbers). */
        static Matches merge(List<Collector> parts, int count) {
            List<Entry> best = parts.stream().flatMap(p -> p.kept.stream()).sorted(RANKING).limit(count)
                    .map(Scored::entry).toList();
            int n = 0;
            int min = Integer.MAX_VALUE;
            int max = Integer.MIN_VALUE;
            for (Collector part : parts) {
                for (int i = 0; i < part.entries.size(); i++) {
                    min = Math.min(min, part.ceilings[i]);
                    max = Math.max(max, part.ceilings[i]);
                }
                n += part.entries.size();
            }
            if (n == 0) {
                return new Matches(List.of(), new int[0], best);
            }
            int[] starts = new int[max - min + 2];
            for (Collector part : parts) {
                for (int i = 0; i < part.entries.size(); i++) {
                    starts[max - part.ceilings[i] + 1]++;
                }
            }
            for (int b = 1; b < starts.length; b++) {
                starts[b] += starts[b - 1];
            }
            Entry[] ordered = new Entry[n];
            int[] orderedCeilings = new int[n];
            for (Collector part : parts) {
                for (int i = 0; i < part.entries.size(); i++) {
                    int at = starts[max - part.ceilings[i]]++;
                    ordered[at] = part.entries.get(i);
                    orderedCeilings[at] = part.ceilings[i];
                }
            }
            return new Matches(Arrays.asList(ordered), orderedCeilings, best);
        }
    }
}
