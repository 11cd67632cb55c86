/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.model.units;

import podium.model.Unit;

/** Thrown when an amount is converted between units of different dimensions (美元 → 元, % → 个百分点). */
public class IncompatibleUnitsException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final Unit from;
    private final Unit to;

    public IncompatibleUnitsException(Unit from, Unit to) {
        super("cannot convert " + Units.label(from) + " to " + Units.label(to));
        this.from = from;
        this.to = to;
    }

    public Unit from() {
        return from;
    }

    public Unit to() {
        return to;
    }
}
