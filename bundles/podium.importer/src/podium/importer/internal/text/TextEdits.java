/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.importer.internal.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import podium.importer.RepairKind;
import podium.importer.TextRepair;

/**
 * The replacements one clean-up stage wants to make in a {@link TrackedText}; applying them yields the
 * next text and one {@link TextRepair} per replacement, located in the input.
 */
public final class TextEdits {

    private record Edit(int start, int end, String replacement, RepairKind kind) {
    }

    private final TrackedText base;
    private final List<Edit> edits = new ArrayList<>();

    public TextEdits(TrackedText base) {
        this.base = base;
    }

    /** Replaces {@code [start, end)} of the base text; edits of one stage must not overlap. */
    public void replace(int start, int end, String replacement, RepairKind kind) {
        if (start < 0 || end > base.length() || start > end) {
            throw new IndexOutOfBoundsException(start + ".." + end + " of " + base.length());
        }
        if (base.text().substring(start, end).equals(replacement)) {
            return;
        }
        edits.add(new Edit(start, end, replacement, kind));
    }

    /** Removes {@code [start, end)} of the base text. */
    public void delete(int start, int end, RepairKind kind) {
        replace(start, end, "", kind);
    }

    public boolean isEmpty() {
        return edits.isEmpty();
    }

    /** The text after all edits; the repairs are appended to {@code repairs} in text order. */
    public TrackedText apply(LineIndex lines, List<TextRepair> repairs) {
        if (edits.isEmpty()) {
            return base;
        }
        edits.sort(Comparator.comparingInt(Edit::start).thenComparingInt(Edit::end));
        StringBuilder text = new StringBuilder(base.length());
        IntList origin = new IntList(base.length() + 1);
        int copied = 0;
        for (Edit edit : edits) {
            if (edit.start() < copied) {
                throw new IllegalStateException("overlapping edits at " + edit.start());
            }
            copy(copied, edit.start(), text, origin);
            insert(edit, text, origin);
            repairs.add(repairOf(edit, lines));
            copied = edit.end();
        }
        copy(copied, base.length(), text, origin);
        origin.add(base.originOf(base.length()));
        return new TrackedText(text.toString(), origin.toArray());
    }

    private void copy(int from, int to, StringBuilder text, IntList origin) {
        text.append(base.text(), from, to);
        for (int i = from; i < to; i++) {
            origin.add(base.originOf(i));
        }
    }

    private void insert(Edit edit, StringBuilder text, IntList origin) {
        String replacement = edit.replacement();
        text.append(replacement);
        // equal lengths: a character-for-character change keeps each character's own origin
        boolean charwise = replacement.length() == edit.end() - edit.start();
        for (int k = 0; k < replacement.length(); k++) {
            origin.add(base.originOf(charwise ? edit.start() + k : edit.start()));
        }
    }

    private TextRepair repairOf(Edit edit, LineIndex lines) {
        int offset = base.originOf(edit.start());
        return new TextRepair(offset, lines.lineOf(offset), lines.columnOf(offset), edit.kind(),
                base.text().substring(edit.start(), edit.end()), edit.replacement());
    }

    /** A growable int array, to keep origins unboxed. */
    private static final class IntList {
        private int[] values;
        private int size;

        IntList(int capacity) {
            values = new int[Math.max(16, capacity)];
        }

        void add(int value) {
            if (size == values.length) {
                values = java.util.Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        int[] toArray() {
            return java.util.Arrays.copyOf(values, size);
        }
    }
}
