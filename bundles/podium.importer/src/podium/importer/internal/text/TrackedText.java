/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.importer.internal.text;

/**
 * A text in which every character remembers its offset in the decoded input, so that whatever the
 * clean-up stages did, a figure found in the cleaned text can still name its line in the input file.
 */
public final class TrackedText {
    private final String text;
    // origin[i] is the input offset of character i; origin[length] is where the text ends in the input
    private final int[] origin;

    TrackedText(String text, int[] origin) {
        if (origin.length != text.length() + 1) {
            throw new IllegalArgumentException("origin must have length " + (text.length() + 1));
        }
        this.text = text;
        this.origin = origin;
    }

    /** The decoded input itself: every character is its own origin. */
    public static TrackedText of(String input) {
        int[] origin = new int[input.length() + 1];
        for (int i = 0; i < origin.length; i++) {
            origin[i] = i;
        }
        return new TrackedText(input, origin);
    }

    public String text() {
        return text;
    }

    public int length() {
        return text.length();
    }

    public char charAt(int index) {
        return text.charAt(index);
    }

    /** The input offset of the character at {@code index}; {@code index == length()} gives the end. */
    public int originOf(int index) {
        return origin[index];
    }

    /** The input offset of every character and, last, of the end: a copy. */
    public int[] origins() {
        return origin.clone();
    }

    /** The part from {@code start} to {@code end}, still tracked. */
    public TrackedText slice(int start, int end) {
        int[] sliced = new int[end - start + 1];
        System.arraycopy(origin, start, sliced, 0, sliced.length);
        return new TrackedText(text.substring(start, end), sliced);
    }

    @Override
    public String toString() {
        return text;
    }
}
