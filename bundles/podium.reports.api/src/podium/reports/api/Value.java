/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.reports.api;

import java.math.BigDecimal;
import java.util.Objects;

import podium.model.Unit;

/**
 * A typed table cell. Values are exact and unformatted; presentations and exporters format them
 * with {@link podium.reports.api.format.Formats} (spreadsheets keep numbers as numbers).
 *
 * @since 1.0
 */
public sealed interface Value permits Value.Text, Value.Amount, Value.Percent, Value.Points, Value.Rank,
        Value.Movement, Value.Status, Value.Ranked, Value.Empty {

    /** The number behind the value, for sorting and spreadsheet cells; null for text, status and empty cells. */
    default BigDecimal number() {
        return null;
    }

    /**
     * Plain text: a name, a title, a date.
     *
     * @since 1.0
     */
    record Text(String text) implements Value {
        public Text {
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * A number with its unit of measure: 15844 万美元, 99.68 亿元, 5 个 ({@link Unit#NONE}: a plain count).
     *
     * @since 1.0
     */
    record Amount(BigDecimal value, Unit unit) implements Value {
        public Amount {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(unit, "unit");
        }

        @Override
        public BigDecimal number() {
            return value;
        }
    }

    /**
     * A percentage, exact: 41.6947 means 41.6947 % (displayed 41.69%).
     *
     * @since 1.0
     */
    record Percent(BigDecimal value) implements Value {
        public Percent {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public BigDecimal number() {
            return value;
        }
    }

    /**
     * A difference of two percentages in percentage points (个百分点), signed: −1.5 is 1.5 points below.
     *
     * @since 1.0
     */
    record Points(BigDecimal value) implements Value {
        public Points {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public BigDecimal number() {
            return value;
        }
    }

    /**
     * A place in a ranking: 第{@code position}位, of {@code of} units (0 when the group size is unknown).
     *
     * @since 1.0
     */
    record Rank(int position, int of) implements Value {
        public Rank {
            if (position < 1 || of < 0 || (of > 0 && position > of)) {
                throw new IllegalArgumentException("rank " + position + " of " + of);
            }
        }

        @Override
        public BigDecimal number() {
            return BigDecimal.valueOf(position);
        }
    }

    /**
     * A movement in a ranking since the previous month: +2 moved up two places, −1 down one, 0 unchanged.
     *
     * @since 1.0
     */
    record Movement(int places) implements Value {
        @Override
        public BigDecimal number() {
            return BigDecimal.valueOf(places);
        }
    }

    /**
     * A status with its tone (the colour bulletins give it) and its label in the user's language.
     *
     * @param key   stable identifier, e.g. {@code behind}, for tests and machine readers
     * @param tone  how it is coloured
     * @param label as shown, e.g. 低于序时进度
     * @since 1.0
     */
    record Status(String key, Tone tone, String label) implements Value {
        public Status {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(tone, "tone");
            Objects.requireNonNull(label, "label");
        }
    }

    /**
     * A value with its rank in brackets, as in the 附表 of a bulletin: 15844（3）.
     *
     * @since 1.0
     */
    record Ranked(Value value, Rank rank) implements Value {
        public Ranked {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(rank, "rank");
            if (value instanceof Ranked || value instanceof Empty) {
                throw new IllegalArgumentException("cannot rank " + value);
            }
        }

        @Override
        public BigDecimal number() {
            return value.number();
        }
    }

    /**
     * No value, with the reason (no target for this unit, no data, no base year). Bulletins print "-"
     * where a value does not apply and "—" where it cannot be computed because last year's base is
     * zero or missing.
     *
     * @since 1.0
     */
    record Empty(String reason, Kind kind) implements Value {

        /**
         * Why a cell is empty, as far as its printed symbol goes.
         *
         * @since 1.0
         */
        public enum Kind {
            /** Not applicable or not reported: "-". */
            NOT_APPLICABLE,
            /** Cannot be computed without last year's base (同比 from zero or from nothing): "—". */
            NO_BASE
        }

        public Empty {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(kind, "kind");
        }

        /** An empty cell that does not apply ("-"). */
        public Empty(String reason) {
            this(reason, Kind.NOT_APPLICABLE);
        }
    }
}
