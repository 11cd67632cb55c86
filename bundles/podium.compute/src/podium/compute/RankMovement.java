/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.compute;

/**
 * The change of a rank between two dates: "由第7位退至第8位" is {@code from 7, to 8}, a fall of one place.
 *
 * @param places positive when the unit moved up (to a better, smaller rank)
 */
public record RankMovement(int from, int to, int places) {

    /** Which way a unit moved. */
    public enum Trend {
        UP, DOWN, SAME
    }

    public static RankMovement between(int from, int to) {
        if (from < 1 || to < 1) {
            throw new IllegalArgumentException("ranks start at 1: " + from + " -> " + to);
        }
        return new RankMovement(from, to, from - to);
    }

    public Trend trend() {
        return places > 0 ? Trend.UP : places < 0 ? Trend.DOWN : Trend.SAME;
    }

    /** The movement in the bulletins' words: 由第7位退至第8位, 由第9位升至第5位, 保持第3位. */
    public String describe() {
        return switch (trend()) {
            case UP -> "由第" + from + "位升至第" + to + "位";
            case DOWN -> "由第" + from + "位退至第" + to + "位";
            case SAME -> "保持第" + to + "位";
        };
    }
}
