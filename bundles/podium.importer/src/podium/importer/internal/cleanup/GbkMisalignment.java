/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.importer.internal.cleanup;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a stretch of mojibake as GBK bytes that were decoded one byte off, and lists the ways the bytes
 * can be put back in line. Websites that lose one byte of a GBK text show {@code ?}, then characters made
 * of the trail byte of one character and the lead byte of the next ({@code ?;仡櫸覀} for {@code 。回顧我們}),
 * until a trail byte below 0x80 shows as an ASCII letter and the text is aligned again. Full-width
 * forms (lead byte A3) appear as ASCII punctuation, a lost unit whose pinyin survived appears as
 * {@code ?yàn)}, and a pair in a user-defined area is dropped altogether.
 */
final class GbkMisalignment {

    /** A byte the text no longer shows. */
    static final int UNKNOWN = -1;
    private static final int MAX_SLOTS = 24;
    /** Penalty for assuming a whole unit vanished: a cheaper explanation should win. */
    static final int HIDDEN_UNIT_PENALTY = 60;
    /** Penalty for assuming a user-defined pair was dropped; such pairs really are dropped by decoders. */
    static final int DROPPED_PAIR_PENALTY = 15;

    /**
     * One character of the original text, as far as its bytes are known.
     *
     * @param reading             the pinyin the website printed for it, or null
     * @param userDefinedWithNext whether its trail byte and the next slot's lead byte formed a pair in a
     *                            user-defined area, which the decoder dropped
     */
    record Slot(int lead, int trail, String reading, boolean userDefinedWithNext) {
        Slot(int lead, int trail) {
            this(lead, trail, null, false);
        }
    }

    /**
     * One way of re-aligning the bytes.
     *
     * @param end      where the aligned text resumes
     * @param evidence how many independent facts (pinyin, a final trail byte) support this reading
     */
    record Alignment(List<Slot> slots, int end, int evidence, int penalty) {

        /** Whether a character is known only by its pinyin, which needs the whole reading table. */
        boolean needsReadingTable() {
            return slots.stream().anyMatch(s -> s.lead() == UNKNOWN && s.trail() == UNKNOWN);
        }
    }

    private final HanReadings readings;
    private final java.util.function.IntPredicate plausible;

    /** @param plausible which characters an original text may contain; alignments yielding others stop */
    GbkMisalignment(HanReadings readings, java.util.function.IntPredicate plausible) {
        this.readings = readings;
        this.plausible = plausible;
    }

    /** All alignments of the stretch starting at the {@code ?} at {@code start}. */
    List<Alignment> alignments(String text, int start) {
        List<Alignment> found = new ArrayList<>();
        int syllableEnd = PinyinAnnotations.bareSyllableEnd(text, start + 1);
        if (syllableEnd > 0) {
            String syllable = text.substring(start + 1, syllableEnd - 1);
            startAfterLostUnit(text, start, syllable, syllableEnd, found);
            // a character lost on its own, known only by its pinyin
            found.add(new Alignment(List.of(new Slot(UNKNOWN, UNKNOWN, syllable, false)), syllableEnd, 1,
                    HIDDEN_UNIT_PENALTY));
        } else {
            // pinyin right after ? is never full-width letters: only look for a lost lead byte otherwise
            walk(new Walk(text, found), start + 1, UNKNOWN, new ArrayList<>(), 0, 0);
        }
        return found;
    }

    /**
     * The unit right after a double-byte character was made of that character's trail byte and the next
     * character's lead byte; the pinyin printed after it names that unit, and so reveals the lead byte.
     */
    private void startAfterLostUnit(String text, int start, String syllable, int resume, List<Alignment> found) {
        if (start == 0) {
            return;
        }
        int previous = Gbk.encode(text.charAt(start - 1));
        if (previous < 0) {
            return;
        }
        int trail = previous & 0xFF;
        for (boolean tonesMatter : new boolean[] {true, false}) {
            List<Integer> leads = new ArrayList<>();
            for (int lead = Gbk.FIRST_LEAD; lead <= Gbk.LAST_LEAD; lead++) {
                char unit = Gbk.decode(trail, lead);
                if (unit != 0 && readings.reads(unit, syllable, tonesMatter)) {
                    leads.add(lead);
                }
            }
            for (int lead : leads) {
                walk(new Walk(text, found), resume, lead, new ArrayList<>(), tonesMatter ? 2 : 1, 0);
            }
            if (!leads.isEmpty()) {
                return;
            }
        }
    }

    private record Walk(String text, List<Alignment> found) {
    }

    private void walk(Walk w, int i, int pending, List<Slot> slots, int evidence, int penalty) {
        String text = w.text();
        if (slots.size() > MAX_SLOTS || i >= text.length()) {
            return;
        }
        char c = text.charAt(i);
        int annotationEnd = PinyinAnnotations.annotationEnd(text, i);
        if (annotationEnd > 0) {
            // pinyin printed after a junk character tells nothing about the original bytes
            walk(w, annotationEnd, pending, slots, evidence, penalty);
        } else if (c == '?') {
            endAtLostUnit(w, i, pending, slots, evidence, penalty);
            step(w, i + 1, pending, Gbk.FULL_WIDTH_LEAD, 0xBF, slots, evidence, penalty);
        } else if (c > 0x20 && c < 0x7F) {
            endAtTrailByte(w, i, pending, slots, evidence, penalty);
            if (c + 0x80 <= Gbk.LAST_TRAIL && PinyinAnnotations.bareSyllableEnd(text, i) < 0) {
                step(w, i + 1, pending, Gbk.FULL_WIDTH_LEAD, c + 0x80, slots, evidence, penalty);
            }
        } else {
            int pair = Gbk.encode(c);
            if (pair >= 0) {
                step(w, i + 1, pending, pair >> 8, pair & 0xFF, slots, evidence, penalty);
            }
        }
    }

    /** The unit read at i had bytes (first, second): the original character is (pending, first). */
    private void step(Walk w, int next, int pending, int first, int second, List<Slot> slots, int evidence,
            int penalty) {
        if (pending != UNKNOWN && !plausible.test(Gbk.decode(pending, first))) {
            return;
        }
        List<Slot> longer = new ArrayList<>(slots);
        longer.add(new Slot(pending, first));
        walk(w, next, second, longer, evidence, penalty);
    }

    /**
     * An ASCII character at a lead position is a trail byte below 0x80: the original character is
     * (pending, c) and the text is aligned again after it. A user-defined pair may have vanished before it.
     */
    private void endAtTrailByte(Walk w, int i, int pending, List<Slot> slots, int evidence, int penalty) {
        char c = w.text().charAt(i);
        if (!Gbk.isTrail(c) || slots.isEmpty() && pending == UNKNOWN) {
            return;
        }
        String reading = PinyinAnnotations.annotationAt(w.text(), i + 1);
        int support = evidence + (reading != null ? 2 : 1);
        if (pending == UNKNOWN || plausible.test(Gbk.decode(pending, c))) {
            w.found().add(new Alignment(with(slots, new Slot(pending, c, reading, false)), i + 1, support,
                    penalty));
        }
        w.found().add(new Alignment(with(slots, new Slot(pending, UNKNOWN, null, true),
                new Slot(UNKNOWN, c, reading, false)), i + 1, support, penalty + DROPPED_PAIR_PENALTY));
    }

    /**
     * A {@code ?} in the stretch swallowed a lead byte together with the next byte: either {@code (} of
     * the pinyin of the original character, which then follows as {@code yàn)}, or an ASCII character
     * that is shown after it. Either way the original character ends the stretch.
     */
    private void endAtLostUnit(Walk w, int i, int pending, List<Slot> slots, int evidence, int penalty) {
        String text = w.text();
        int syllableEnd = PinyinAnnotations.bareSyllableEnd(text, i + 1);
        if (syllableEnd > 0) {
            String reading = text.substring(i + 1, syllableEnd - 1);
            w.found().add(new Alignment(with(slots, new Slot(pending, UNKNOWN, reading, false)), syllableEnd,
                    evidence + 2, penalty));
            w.found().add(new Alignment(with(slots, new Slot(pending, UNKNOWN),
                    new Slot(UNKNOWN, UNKNOWN, reading, false)), syllableEnd, evidence + 1,
                    penalty + HIDDEN_UNIT_PENALTY));
        } else if (i + 1 < text.length() && text.charAt(i + 1) > 0x20 && text.charAt(i + 1) < 0x40
                && text.charAt(i + 1) != '?' && !slots.isEmpty()) {
            w.found().add(new Alignment(with(slots, new Slot(pending, UNKNOWN)), i + 1, evidence + 1, penalty));
        }
    }

    private static List<Slot> with(List<Slot> slots, Slot... more) {
        List<Slot> longer = new ArrayList<>(slots.size() + more.length);
        longer.addAll(slots);
        longer.addAll(List.of(more));
        return longer;
    }
}
