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

    /**
     * The most one more typed character can add to a name's score: the best match of the longer query,
     * cut before its last character, is a match of the shorter one, and the cut step was worth at most
     * a character or a whole one-letter syllable with a word-start and a run bonus; lengthening a syllable
     * already matched adds less (the whole-syllable bonus over the prefix one, and a letter). The first
     * character's bonus cannot be in it: the cut match already took the first position. A search uses it to skip scoring names that cannot reach the
     * results shown.
     */
    public static final int MOST_PER_CHARACTER = Math.max(CHARACTER, WHOLE_SYLLABLE + 1) + WORD_START + RUN;

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
        if (query.length == 0) {
            return Optional.of(new Match(0, new int[0]));
        }
        if (!mayMatch(query, name)) {
            return Optional.empty();
        }
        int score = best(query, name);
        if (score == NO_MATCH) {
            return Optional.empty();
        }
        return Optional.of(new Match(score, positions(BUFFERS.get()[1], name.chars.length, query.length)));
    }

    /**
     * The score of the best match, or {@link #NO_MATCH}; cheaper than {@link #match(int[], Spelling)},
     * which also says which characters matched (a search scores every name, then marks the few it shows).
     */
    public static int score(int[] query, Spelling name) {
        if (query.length == 0) {
            return 0;
        }
        if (query.length == 1) {
            return (name.signature & 1L << bit(query[0])) == 0 ? NO_MATCH : single(query[0], name);
        }
        return mayMatch(query, name) ? best(query, name) : NO_MATCH;
    }

    /**
     * A bit per character a text holds (a–z and 0–9 a bit each, any other character a bit chosen by
     * its value): a name lacking one of the query's bits cannot match, which one comparison tells.
     */
    static long signature(int[] chars) {
        long bits = 0;
        for (int c : chars) {
            bits |= 1L << bit(c);
        }
        return bits;
    }

    private static int bit(int c) {
        if (c >= 'a' && c <= 'z') {
            return c - 'a';
        }
        if (c >= '0' && c <= '9') {
            return 26 + c - '0';
        }
        return 36 + c % 28;
    }

    /** Cheap tests first (most names fail them); see {@link #isSubsequence(int[], int[])}. */
    private static boolean mayMatch(int[] query, Spelling name) {
        long wanted = 0;
        for (int c : query) {
            wanted |= 1L << bit(c);
        }
        return (wanted & ~name.signature) == 0 && isSubsequence(query, name.flat);
    }

    /**
     * The score of a one-character query, the first keystroke, which matches most names: the table of
     * {@link #best(int[], Spelling)} reduced to one column — the best single position, a character or
     * the first letter of a syllable, with that position's bonuses.
     */
    private static int single(int c, Spelling name) {
        int best = NO_MATCH;
        for (int i = 0; i < name.chars.length; i++) {
            int bonus = (name.wordStarts[i] ? WORD_START : 0) + (i == 0 ? FIRST_CHARACTER : 0);
            if (name.chars[i] == c) {
                best = Math.max(best, CHARACTER + bonus);
            }
            char[] syllable = name.syllables[i];
            if (syllable != null && syllable[0] == c) {
                best = Math.max(best, (syllable.length == 1 ? WHOLE_SYLLABLE : SYLLABLE_PREFIX) + 1 + bonus);
            }
        }
        return best;
    }

    /**
     * Whether {@code query} matches {@code name} at all, as {@link #score(int[], Spelling)} would say,
     * without scoring: which query lengths can be consumed after each character of the name, as bits.
     */
    public static boolean matches(int[] query, Spelling name) {
        int m = query.length;
        if (m == 0) {
            return true;
        }
        if (!mayMatch(query, name)) {
            return false;
        }
        if (m >= Long.SIZE) {
            return best(query, name) != NO_MATCH;
        }
        long done = 1L << m;
        long reached = 1; // bit j: query[0..j) can be matched within the characters seen
        for (int i = 0; i < name.chars.length; i++) {
            long next = reached;
            for (long open = reached & (done - 1); open != 0; open &= open - 1) {
                int j = Long.numberOfTrailingZeros(open);
                if (query[j] == name.chars[i]) {
                    next |= 1L << (j + 1);
                }
                char[] syllable = name.syllables[i];
                if (syllable != null) {
                    for (int k = 1; k <= syllable.length && j + k <= m && query[j + k - 1] == syllable[k - 1]; k++) {
                        next |= 1L << (j + k);
                    }
                }
            }
            reached = next;
            if ((reached & done) != 0) {
                return true;
            }
        }
        return false;
    }

    /** The best score by dynamic programming, leaving each cell's choice in the step table for {@link #positions}. */
    private static int best(int[] query, Spelling name) {
        int m = query.length;
        int n = name.chars.length;
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
                int at = (i * (m + 1) + j) * 2;
                if (j == m) {
                    best[at] = 0;
                    best[at + 1] = 0;
                } else if (i == n) {
                    best[at] = IMPOSSIBLE;
                    best[at + 1] = IMPOSSIBLE;
                } else {
                    decide(query, name, i, j, best, step, at);
                }
            }
        }
        return best[0] <= IMPOSSIBLE / 2 ? NO_MATCH : best[0];
    }

    /**
     * Fills both cells of (i, j) — after a matched character (run) and not — which differ only by the
     * run bonus and the gap cost: the best way to match name[i] is worked out once for both.
     */
    private static void decide(int[] query, Spelling name, int i, int j, int[] best, int[] step, int at) {
        int m = query.length;
        int next = ((i + 1) * (m + 1) + j) * 2; // name[i + 1], query[j], not after a match
        int bonus = (name.wordStarts[i] ? WORD_START : 0) + (i == 0 ? FIRST_CHARACTER : 0);
        int taken = SKIP;
        int matched = IMPOSSIBLE;
        if (query[j] == name.chars[i]) {
            matched = CHARACTER + bonus + best[next + 2 + 1];
            taken = 1;
        }
        char[] syllable = name.syllables[i];
        if (syllable != null) {
            for (int k = 1; k <= syllable.length && j + k <= m && query[j + k - 1] == syllable[k - 1]; k++) {
                int spelled = (k == syllable.length ? WHOLE_SYLLABLE : SYLLABLE_PREFIX) + k + bonus + best[next + 2 * k + 1];
                if (taken == SKIP || spelled > matched) {
                    matched = spelled;
                    taken = k;
                }
            }
        }
        int skipped = best[next];
        choose(best, step, at, skipped - (j == 0 ? 0 : GAP), taken, matched);
        choose(best, step, at + 1, skipped - (j == 0 ? 0 : GAP_OPENING), taken, matched + RUN);
    }

    /** On a tie the character is skipped. */
    private static void choose(int[] best, int[] step, int at, int skipping, int taken, int matching) {
        if (taken != SKIP && matching > skipping) {
            best[at] = matching;
            step[at] = taken;
        } else {
            best[at] = skipping;
            step[at] = SKIP;
        }
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
