/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.importer.internal.cleanup;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import podium.importer.internal.cleanup.GbkMisalignment.Alignment;
import podium.importer.internal.cleanup.GbkMisalignment.Slot;

/**
 * Chooses the original characters of a misaligned GBK stretch. Known bytes fix most characters; where a
 * byte is lost, the candidates are every character the remaining bytes and the surviving pinyin allow,
 * ranked by how cheaply ICU's word dictionary segments them with the text around. A character whose
 * best candidate does not clearly beat the next one is left unresolved, to be shown as □.
 */
final class MisalignmentResolver {

    /**
     * A candidate must beat the runner-up by this much to be taken: as much as one character pair seen
     * elsewhere in the document is worth, so that such a pair alone can settle a choice.
     */
    static final int AMBIGUITY_MARGIN = DocumentEvidence.SEEN_PAIR_BONUS;
    /** A repair must make the text cheaper than the junk by this much to be applied at all. */
    static final int ACCEPT_MARGIN = 60;
    /** Extra cost of putting back a character outside the common sets; mojibake is made of those. */
    static final int RARE_CHARACTER = 80;
    private static final int BEAM = 12;
    private static final int CONTEXT = 6;

    /**
     * The chosen reading of a stretch.
     *
     * @param replacement the original text, with {@code □} for characters that stay unresolved
     * @param unresolved  how many characters stayed unresolved
     */
    record Resolution(int start, int end, String replacement, int unresolved) {
    }

    private record Candidate(char c, int lead, int trail, int prior) {
        Candidate(char c, int lead, int trail) {
            this(c, lead, trail, !Character.isIdeographic(c) || CommonCharacters.isCommon(c) ? 0 : RARE_CHARACTER);
        }
    }

    private record Partial(String text, int lastTrail, int prior, int cost) {
    }

    private final WordDictionary dictionary;
    private final HanReadings readings;
    private DocumentEvidence evidence = DocumentEvidence.none();

    MisalignmentResolver(WordDictionary dictionary, HanReadings readings) {
        this.dictionary = dictionary;
        this.readings = readings;
    }

    /** The best resolution of the stretch at {@code start}, or null when leaving the text as it is wins. */
    Resolution resolve(String text, int start, List<Alignment> alignments, DocumentEvidence evidence) {
        this.evidence = evidence;
        String left = leftContext(text, start);
        Resolution best = null;
        int bestCost = Integer.MAX_VALUE;
        for (Alignment alignment : alignments) {
            String right = rightContext(text, alignment.end());
            List<List<Candidate>> candidates = candidates(alignment);
            if (candidates == null) {
                continue;
            }
            Partial chosen = search(alignment, candidates, left, right);
            if (chosen == null) {
                continue;
            }
            int cost = chosen.cost() + alignment.penalty() - 10 * alignment.evidence();
            int junkCost = dictionary.segmentationCost(left + withoutAnnotations(text, start, alignment.end())
                    + right);
            if (chosen.cost() + ACCEPT_MARGIN <= junkCost && cost < bestCost) {
                bestCost = cost;
                best = new Resolution(start, alignment.end(),
                        unambiguous(chosen.text(), candidates, left, right, alignment.slots()), 0);
            }
        }
        return best == null ? null : withCount(best);
    }

    private static Resolution withCount(Resolution r) {
        int unresolved = (int) r.replacement().chars().filter(ch -> ch == '□').count();
        return new Resolution(r.start(), r.end(), r.replacement(), unresolved);
    }

    /** Candidates for each slot, or null when some slot has none. */
    private List<List<Candidate>> candidates(Alignment alignment) {
        List<Slot> slots = alignment.slots();
        List<List<Candidate>> all = new ArrayList<>();
        for (Slot slot : slots) {
            all.add(candidates(slot));
        }
        for (int s = 0; s + 1 < slots.size(); s++) {
            if (slots.get(s).userDefinedWithNext()) {
                keepUserDefinedPairs(all, s);
            }
        }
        return all.stream().anyMatch(List::isEmpty) ? null : all;
    }

    /** Keeps the candidates of slots s and s + 1 whose bytes between them form a user-defined pair. */
    private static void keepUserDefinedPairs(List<List<Candidate>> all, int s) {
        List<Candidate> before = all.get(s);
        List<Candidate> after = all.get(s + 1);
        all.set(s, before.stream()
                .filter(b -> after.stream().anyMatch(a -> Gbk.isUserDefined(b.trail(), a.lead()))).toList());
        all.set(s + 1, after.stream()
                .filter(a -> before.stream().anyMatch(b -> Gbk.isUserDefined(b.trail(), a.lead()))).toList());
    }

    private List<Candidate> candidates(Slot slot) {
        List<Candidate> found = new ArrayList<>();
        if (slot.lead() == GbkMisalignment.UNKNOWN && slot.trail() == GbkMisalignment.UNKNOWN) {
            if (slot.reading() != null) {
                for (char c : readings.charactersReading(slot.reading())) {
                    int pair = Gbk.encode(c);
                    if (pair >= 0) {
                        found.add(new Candidate(c, pair >> 8, pair & 0xFF));
                    }
                }
            }
        } else {
            int leadFrom = slot.lead() == GbkMisalignment.UNKNOWN ? Gbk.FIRST_LEAD : slot.lead();
            int leadTo = slot.lead() == GbkMisalignment.UNKNOWN ? Gbk.LAST_LEAD : slot.lead();
            int trailFrom = slot.trail() == GbkMisalignment.UNKNOWN ? Gbk.FIRST_TRAIL : slot.trail();
            int trailTo = slot.trail() == GbkMisalignment.UNKNOWN ? Gbk.LAST_TRAIL : slot.trail();
            for (int lead = leadFrom; lead <= leadTo; lead++) {
                for (int trail = trailFrom; trail <= trailTo; trail++) {
                    char c = Gbk.decode(lead, trail);
                    if (c != 0 && isPlausible(c)) {
                        found.add(new Candidate(c, lead, trail));
                    }
                }
            }
        }
        return withReading(found, slot.reading());
    }

    private List<Candidate> withReading(List<Candidate> found, String reading) {
        if (reading == null) {
            return found;
        }
        List<Candidate> exact = found.stream().filter(c -> readings.reads(c.c(), reading, true)).toList();
        if (!exact.isEmpty()) {
            return exact;
        }
        return found.stream().filter(c -> readings.reads(c.c(), reading, false)).toList();
    }

    /** Characters an original text plausibly contained: known Han characters and common punctuation. */
    boolean isPlausible(char c) {
        if (Character.isIdeographic(c)) {
            return dictionary.cost(String.valueOf(c)) >= 0;
        }
        return WordDictionary.COMMON_PUNCTUATION.indexOf(c) >= 0;
    }

    /** Dictionary cost of the context with {@code recreated} in it, less the document's evidence for it. */
    private int score(String left, String recreated, String right) {
        String all = left + recreated + right;
        return dictionary.segmentationCost(all) - evidence.bonus(all, left.length(), left.length() + recreated.length());
    }

    /** Beam search over the slots, left to right, scoring each prefix with its left context. */
    private Partial search(Alignment alignment, List<List<Candidate>> candidates, String left, String right) {
        List<Slot> slots = alignment.slots();
        List<Partial> beam = List.of(new Partial("", GbkMisalignment.UNKNOWN, 0, 0));
        for (int s = 0; s < slots.size(); s++) {
            boolean last = s == slots.size() - 1;
            boolean linked = s > 0 && slots.get(s - 1).userDefinedWithNext();
            List<Partial> next = new ArrayList<>();
            for (Partial partial : beam) {
                for (Candidate candidate : candidates.get(s)) {
                    if (linked && !Gbk.isUserDefined(partial.lastTrail(), candidate.lead())) {
                        continue;
                    }
                    String text = partial.text() + candidate.c();
                    int prior = partial.prior() + candidate.prior() + evidence.scriptPenalty(candidate.c());
                    int cost = score(left, text, last ? right : "") + prior;
                    next.add(new Partial(text, candidate.trail(), prior, cost));
                }
            }
            if (next.isEmpty()) {
                return null;
            }
            next.sort(Comparator.comparingInt(Partial::cost));
            beam = next.subList(0, Math.min(BEAM, next.size()));
        }
        return beam.get(0);
    }

    /** The chosen text, with □ where swapping one character for another costs almost nothing. */
    private int scriptPenalties(String recreated) {
        int penalty = 0;
        for (int i = 0; i < recreated.length(); i++) {
            penalty += evidence.scriptPenalty(recreated.charAt(i));
        }
        return penalty;
    }

    /**
     * A character known only by its pinyin is put back only when it forms a word with its neighbours or a
     * pair seen elsewhere in the document; a reading alone fits too many characters.
     */
    private boolean supported(String left, String chosen, String right, int slot) {
        String all = left + chosen + right;
        int at = left.length() + slot;
        return dictionary.inWord(all, at) || evidence.bonus(all, at, at + 1) > 0;
    }

    private String unambiguous(String chosen, List<List<Candidate>> candidates, String left, String right,
            List<Slot> slots) {
        StringBuilder result = new StringBuilder(chosen);
        int best = score(left, chosen, right) + priorOf(chosen, candidates, -1, null) + scriptPenalties(chosen);
        for (int s = 0; s < candidates.size(); s++) {
            if (candidates.get(s).size() < 2) {
                continue;
            }
            int runnerUp = Integer.MAX_VALUE;
            for (Candidate other : candidates.get(s)) {
                if (other.c() != chosen.charAt(s)) {
                    String swapped = chosen.substring(0, s) + other.c() + chosen.substring(s + 1);
                    runnerUp = Math.min(runnerUp, score(left, swapped, right) + priorOf(chosen, candidates, s, other)
                            + scriptPenalties(swapped));
                }
            }
            boolean byPinyinOnly = slots.get(s).lead() == GbkMisalignment.UNKNOWN
                    && slots.get(s).trail() == GbkMisalignment.UNKNOWN;
            if (runnerUp - best < AMBIGUITY_MARGIN || byPinyinOnly && !supported(left, chosen, right, s)) {
                result.setCharAt(s, '□');
            }
        }
        return result.toString();
    }

    private static int priorOf(String chosen, List<List<Candidate>> candidates, int swappedSlot, Candidate swapped) {
        int prior = 0;
        for (int s = 0; s < chosen.length(); s++) {
            if (s == swappedSlot) {
                prior += swapped.prior();
            } else {
                char c = chosen.charAt(s);
                prior += candidates.get(s).stream().filter(k -> k.c() == c).mapToInt(Candidate::prior).findFirst()
                        .orElse(0);
            }
        }
        return prior;
    }

    private static String leftContext(String text, int start) {
        StringBuilder context = new StringBuilder();
        int i = start - 1;
        while (i >= 0 && context.length() < CONTEXT && text.charAt(i) != '\n') {
            int open = text.charAt(i) == ')' ? openingBefore(text, i) : -1;
            if (open >= 0) {
                i = open - 1;
                continue;
            }
            context.insert(0, text.charAt(i));
            i--;
        }
        return context.toString();
    }

    private static int openingBefore(String text, int close) {
        for (int k = close - 1; k >= 0 && close - k <= 8; k--) {
            if (text.charAt(k) == '(' || text.charAt(k) == '（') {
                return PinyinAnnotations.annotationEnd(text, k) == close + 1 ? k : -1;
            }
        }
        return -1;
    }

    private static String rightContext(String text, int end) {
        StringBuilder context = new StringBuilder();
        int i = end;
        while (i < text.length() && context.length() < CONTEXT && text.charAt(i) != '\n') {
            int annotation = PinyinAnnotations.annotationEnd(text, i);
            if (annotation > 0) {
                i = annotation;
                continue;
            }
            context.append(text.charAt(i));
            i++;
        }
        return context.toString();
    }

    private static String withoutAnnotations(String text, int start, int end) {
        StringBuilder plain = new StringBuilder();
        int i = start;
        while (i < end) {
            int annotation = PinyinAnnotations.annotationEnd(text, i);
            if (annotation > 0 && annotation <= end) {
                i = annotation;
            } else {
                plain.append(text.charAt(i));
                i++;
            }
        }
        return plain.toString();
    }
}
