/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.compute;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import podium.model.Actual;
import podium.model.Indicator;
import podium.model.Organisation;

/** Actuals grouped once by indicator and organisation, so that each series is found in constant time. */
public final class ActualsTable {

    private record Key(Indicator indicator, Organisation organisation) {
    }

    private final Map<Key, List<Actual>> actuals = new HashMap<>();
    private final Map<Key, Series> series = new HashMap<>();

    private ActualsTable() {
    }

    public static ActualsTable of(Collection<Actual> actuals) {
        ActualsTable table = new ActualsTable();
        for (Actual a : actuals) {
            table.actuals.computeIfAbsent(new Key(a.getIndicator(), a.getOrganisation()), k -> new ArrayList<>()).add(a);
        }
        return table;
    }

    /** The series of {@code indicator} for {@code organisation} in the indicator's unit (empty when none). */
    public Series series(Indicator indicator, Organisation organisation) {
        Key key = new Key(indicator, organisation);
        return series.computeIfAbsent(key, k -> Series.of(indicator, actuals.getOrDefault(k, List.of())));
    }

    /** The actuals of {@code indicator} for {@code organisation}, as written. */
    public List<Actual> actuals(Indicator indicator, Organisation organisation) {
        return List.copyOf(actuals.getOrDefault(new Key(indicator, organisation), List.of()));
    }
}
