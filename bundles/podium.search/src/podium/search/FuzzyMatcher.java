/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.search;

import java.util.Arrays;
import java.util.Optional;

/**
 * Matches what the user types against a name, IntelliJ-style: the typed characters appear in order,
 * not necessarily together, and a Chinese character is matched by itself, by its full pinyin or by a
 * prefix of it — so {@code shiji}, {@code sjly}, {@code shijily} and {@code 利用} all find 实际利用外资.
 * Spaces in the query are ignored; case is ignored.
 *
 * <p>The score prefers matches at the start of the name and of words, runs of matched characters and
 * whole syllables; a gap inside the match costs. The best of all ways to match is found (dynamic
 * programming over name position × query position), so a name is never missed because a greedy
 * first choice went wrong.
 *
 * @since 1.0
 */
public final class FuzzyMatcher {

    /** A match: higher scores first; {@code positions} are the matched characters of the name (code points). */
    public record Match(int score, int[] positions) {
    }

    /** What {@link #score(int[], Spelling)} gives when the query does not match. */
    public static final int NO_MATCH = Integer.MIN_VALUE;

    private static final int MAX_QUERY = 64;
    /** The score and step tables, reused: a search matches 100 000 names per keystroke. */
    private static final ThreadLocal<int[][]> BUFFERS = ThreadLocal.withInitial(() -> new int[][] {new int[0], new int[0]});
    private static final int IMPOSSIBLE = Integer.MIN_VALUE / 4;
    private static final int CHARACTER = 10;
    private static final int WHOLE_SYLLABLE = 10;
    private static final int SYLLABLE_PREFIX = 7;
    private static final int WORD_START = 8;
    private static final int FIRST_CHARACTER = 6;
    private static final int RUN = 6;
    private static final int GAP_OPENING = 4;
    private static final int GAP = 1;
    private static final int SKIP = 0;

    private FuzzyMatcher() {
    }

    /** The query as matched: lower case, without white space, at most 64 characters. */
    public static int[] normalise(String query) {
        int[] chars = query.codePoints().filter(c -> !Character.isWhitespace(c)).map(Character::toLowerCase).toArray();
        return chars.length > MAX_QUERY ? Arrays.copyOf(chars, MAX_QUERY) : chars;
    }

    public static Optional<Match> match(String query, Spelling name) {
        return match(normalise(query), name);
    }

    /** Matches a query already {@link #normalise(String) normalised}; an empty query matches everything with 0. */
    public static Optional<Match> match(int[] query, Spelling name) {
        int score = score(query, name);
        if (score == NO_MATCH) {
            return Optional.empty();
        }
        return Optional.of(new Match(score, query.length == 0 ? new int[0] : positions(BUFFERS.get()[1], name.chars.length, query.length)));
    }

    /**
     * The score of the best match, or {@link #NO_MATCH}; cheaper than {@link #match(int[], Spelling)},
     * which also says which characters matched (a search scores every name, then marks the few it shows).
     */
    public static int score(int[] query, Spelling name) {
        int m = query.length;
        int n = name.chars.length;
        if (m == 0) {
            return 0;
        }
        if (!isSubsequence(query, name.flat)) {
            return NO_MATCH;
        }
        // best[(i * (m + 1) + j) * 2 + run]: the best score for query[j..] within name[i..], run = name[i - 1] was matched
        int size = (n + 1) * (m + 1) * 2;
        int[][] buffers = BUFFERS.get();
        if (buffers[0].length < size) {
            buffers[0] = new int[size];
            buffers[1] = new int[size];
        }
        int[] best = buffers[0];
        int[] step = buffers[1];
        for (int i = n; i >= 0; i--) {
            for (int j = m; j >= 0; j--) {
                for (int run = 0; run <= 1; run++) {
                    int at = (i * (m + 1) + j) * 2 + run;
                    if (j == m) {
                        best[at] = 0;
                    } else if (i == n) {
                        best[at] = IMPOSSIBLE;
                    } else {
                        decide(query, name, i, j, run == 1, best, step, at);
                    }
                }
            }
        }
        return best[0] <= IMPOSSIBLE / 2 ? NO_MATCH : best[0];
    }

    private static void decide(int[] query, Spelling name, int i, int j, boolean run, int[] best, int[] step, int at) {
        int m = query.length;
        int bonus = (name.wordStarts[i] ? WORD_START : 0) + (run ? RUN : 0) + (i == 0 ? FIRST_CHARACTER : 0);
        int choice = SKIP;
        int score = best[((i + 1) * (m + 1) + j) * 2] - (j == 0 ? 0 : run ? GAP_OPENING : GAP);
        if (query[j] == name.chars[i]) {
            int literal = CHARACTER + bonus + best[((i + 1) * (m + 1) + j + 1) * 2 + 1];
            if (literal > score) {
                score = literal;
                choice = 1;
            }
        }
        String syllable = name.syllables[i];
        if (syllable != null) {
            for (int k = 1; k <= syllable.length() && j + k <= m && query[j + k - 1] == syllable.charAt(k - 1); k++) {
                int worth = (k == syllable.length() ? WHOLE_SYLLABLE : SYLLABLE_PREFIX) + k + bonus;
                int spelled = worth + best[((i + 1) * (m + 1) + j + k) * 2 + 1];
                if (spelled > score) {
                    score = spelled;
                    choice = k;
                }
            }
        }
        best[at] = score;
        step[at] = choice;
    }

    private static int[] positions(int[] step, int n, int m) {
        int[] positions = new int[m];
        int count = 0;
        int i = 0;
        int j = 0;
        int run = 0;
        while (j < m && i < n) {
            int taken = step[(i * (m + 1) + j) * 2 + run];
            if (taken > 0) {
                positions[count++] = i;
            }
            j += taken;
            run = taken > 0 ? 1 : 0;
            i++;
        }
        return Arrays.copyOf(positions, count);
    }

    /**
     * A cheap test first (most names fail it): what matches is spelled by characters and syllable
     * prefixes in order, so the query is a subsequence of all characters and syllables in order.
     */
    private static boolean isSubsequence(int[] query, int[] flat) {
        int j = 0;
        for (int i = 0; i < flat.length && j < query.length; i++) {
            if (flat[i] == query[j]) {
                j++;
            }
        }
        return j == query.length;
    }
}
