/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.search;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

import org.eclipse.osgi.util.NLS;

import podium.plugins.registry.Contributions;
import podium.search.internal.Messages;

/**
 * What the categories found for one search popup, collected once (each provider on its own thread,
 * within a time limit) and then matched against every keystroke. A provider that throws or exceeds
 * the limit gives a line in {@link #problems()} naming its plugin; the others' items are kept.
 *
 * @since 1.0
 */
public final class SearchSession {

    /** One result: the item, its category, its score and the matched characters of its label. */
    public record Result(SearchCategory category, SearchItem item, int score, int[] positions) {
    }

    /** The results of one category, best first; {@code total} counts all matches, shown or not. */
    public record Group(SearchCategory category, List<Result> results, int total) {
    }

    record Entry(SearchItem item, Spelling label, List<Spelling> keywords) {
    }

    /** The time limit of a provider; {@code -Dpodium.search.timeLimit=SECONDS} changes it. */
    public static final Duration DEFAULT_LIMIT = Duration.ofMillis(
            (long) (Double.parseDouble(System.getProperty("podium.search.timeLimit", "10")) * 1000)); //$NON-NLS-1$ //$NON-NLS-2$

    private static final int KEYWORD_PENALTY = 5;

    private final Map<SearchCategory, List<Entry>> entries;
    private final List<String> problems;
    /** What the last query matched per category: a query typed on from it can only match among these. */
    private int[] lastQuery = new int[0];
    private Map<SearchCategory, Matches> lastMatched = Map.of();

    private SearchSession(Map<SearchCategory, List<Entry>> entries, List<String> problems) {
        this.entries = entries;
        this.problems = problems;
    }

    /** Collects the items of {@code categories} (in their order) for {@code context}. */
    public static SearchSession collect(List<SearchCategory> categories, SearchContext context, Duration limit) {
        ExecutorService threads = Executors.newCachedThreadPool(r -> {
            Thread thread = new Thread(r, "Search Everywhere provider"); //$NON-NLS-1$
            thread.setDaemon(true);
            return thread;
        });
        try {
            Map<SearchCategory, Sink> sinks = new LinkedHashMap<>();
            Map<SearchCategory, CompletableFuture<Void>> runs = new LinkedHashMap<>();
            for (SearchCategory category : categories) {
                Sink sink = new Sink();
                sinks.put(category, sink);
                runs.put(category, CompletableFuture.runAsync(() -> run(category, context, sink), threads));
            }
            long deadline = System.nanoTime() + limit.toNanos();
            Map<SearchCategory, List<Entry>> entries = new LinkedHashMap<>();
            List<String> problems = new ArrayList<>();
            for (Map.Entry<SearchCategory, CompletableFuture<Void>> run : runs.entrySet()) {
                SearchCategory category = run.getKey();
                Optional<String> problem = await(category, run.getValue(), deadline, limit);
                problem.ifPresent(problems::add);
                List<Entry> collected = sinks.get(category).close();
                entries.put(category, problem.isPresent() ? List.of() : collected);
            }
            return new SearchSession(entries, List.copyOf(problems));
        } finally {
            threads.shutdownNow();
        }
    }

    private static void run(SearchCategory category, SearchContext context, Sink sink) {
        try {
            category.provider().collect(context, sink);
        } catch (Exception | LinkageError e) {
            throw new ProviderFailure(e);
        }
    }

    private static Optional<String> await(SearchCategory category, CompletableFuture<Void> run, long deadline,
            Duration limit) {
        try {
            run.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            return Optional.empty();
        } catch (TimeoutException e) {
            run.cancel(true);
            return Optional.of(NLS.bind(Messages.Session_timedOut, new Object[] {category.label(),
                    category.contributor().label(), seconds(limit)}));
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() instanceof ProviderFailure failure ? failure.getCause() : e.getCause();
            return Optional.of(NLS.bind(Messages.Session_failed, new Object[] {category.label(),
                    category.contributor().label(), Contributions.describe(cause)}));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of(NLS.bind(Messages.Session_timedOut, new Object[] {category.label(),
                    category.contributor().label(), seconds(limit)}));
        }
    }

    private static String seconds(Duration limit) {
        return BigDecimal.valueOf(limit.toMillis(), 3).stripTrailingZeros().toPlainString();
    }

    /** Lines saying which categories failed or timed out, naming their plugins. */
    public List<String> problems() {
        return problems;
    }

    /** How many items all categories gave. */
    public int size() {
        return entries.values().stream().mapToInt(List::size).sum();
    }

    /**
     * The items matching {@code query} in the categories {@code only} (all when empty), at most
     * {@code perCategory} per category, best first; categories without a match are left out, and the
     * category with the best match comes first (equal bests keep the categories' order). An empty query
     * lists items in the order their providers gave them, the categories in their order.
     */
    public synchronized List<Group> find(String query, Collection<String> only, int perCategory) {
        int[] normalised = FuzzyMatcher.normalise(query);
        boolean typedOn = normalised.length > lastQuery.length
                && Arrays.equals(normalised, 0, lastQuery.length, lastQuery, 0, lastQuery.length);
        int slack = typedOn ? FuzzyMatcher.MOST_PER_CHARACTER * (normalised.length - lastQuery.length) : 0;
        Map<SearchCategory, Matches> matched = new LinkedHashMap<>();
        List<Group> groups = new ArrayList<>();
        for (Map.Entry<SearchCategory, List<Entry>> category : entries.entrySet()) {
            if (!only.isEmpty() && !only.contains(category.getKey().id())) {
                continue;
            }
            List<Entry> all = category.getValue();
            if (normalised.length == 0) {
                if (!all.isEmpty()) {
                    groups.add(new Group(category.getKey(), all.subList(0, Math.min(perCategory, all.size())).stream()
                            .map(e -> new Result(category.getKey(), e.item(), 0, new int[0])).toList(), all.size()));
                }
                continue;
            }
            Matches previous = typedOn ? lastMatched.get(category.getKey()) : null;
            Matches found = previous == null ? Matches.of(all, normalised, perCategory)
                    : previous.narrow(normalised, slack, perCategory);
            matched.put(category.getKey(), found);
            if (found.size() == 0) {
                continue;
            }
            List<Result> shown = new ArrayList<>();
            for (Entry entry : found.best()) {
                match(normalised, entry).ifPresent(m -> shown.add(new Result(category.getKey(), entry.item(), m.score(), m.positions())));
            }
            groups.add(new Group(category.getKey(), List.copyOf(shown), found.size()));
        }
        lastQuery = normalised;
        lastMatched = matched;
        if (normalised.length > 0) {
            // the group of the best match first, so that Enter opens it (shiji: the indicator 实际利用外资, a run of
            // whole syllables, before the organisation 市统计局); equal bests keep the categories' order
            groups.sort(Comparator.comparingInt((Group g) -> g.results().isEmpty() ? FuzzyMatcher.NO_MATCH : g.results().get(0).score())
                    .reversed());
        }
        return groups;
    }

    static int score(int[] query, Entry entry) {
        int best = FuzzyMatcher.score(query, entry.label());
        for (Spelling keyword : entry.keywords()) {
            int other = FuzzyMatcher.score(query, keyword);
            if (other != FuzzyMatcher.NO_MATCH && other - KEYWORD_PENALTY > best) {
                best = other - KEYWORD_PENALTY;
            }
        }
        return best;
    }

    static boolean matches(int[] query, Entry entry) {
        if (FuzzyMatcher.matches(query, entry.label())) {
            return true;
        }
        for (Spelling keyword : entry.keywords()) {
            if (FuzzyMatcher.matches(query, keyword)) {
                return true;
            }
        }
        return false;
    }

    private static Optional<FuzzyMatcher.Match> match(int[] query, Entry entry) {
        Optional<FuzzyMatcher.Match> best = FuzzyMatcher.match(query, entry.label());
        for (Spelling keyword : entry.keywords()) {
            Optional<FuzzyMatcher.Match> other = FuzzyMatcher.match(query, keyword)
                    .map(m -> new FuzzyMatcher.Match(m.score() - KEYWORD_PENALTY, new int[0]));
            if (other.isPresent() && (best.isEmpty() || other.get().score() > best.get().score())) {
                best = other;
            }
        }
        return best;
    }

    /** Receives a provider's items until the session stops listening (after a time-out nothing is kept). */
    private static final class Sink implements Consumer<SearchItem> {
        private final List<Entry> entries = new ArrayList<>();
        private boolean closed;

        @Override
        public synchronized void accept(SearchItem item) {
            if (!closed && item != null) {
                entries.add(new Entry(item, Spelling.of(item.label()), item.keywords().stream().map(Spelling::of).toList()));
            }
        }

        synchronized List<Entry> close() {
            closed = true;
            return List.copyOf(entries);
        }
    }

    private static final class ProviderFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ProviderFailure(Throwable cause) {
            super(cause);
        }
    }
}
