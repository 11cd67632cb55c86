/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.actuals.internal;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import podium.model.Actual;
import podium.model.Indicator;
import podium.model.Organisation;
import podium.model.PlanningFile;
import podium.model.time.Month;

/**
 * Where an import adds a new actual: to the file that holds its series' (indicator, organisation) latest
 * month; for a series without actuals, to the file that holds most of the workspace's actuals; with none
 * at all, to the file imported into (the plan). So next month's figures join the months before them.
 */
final class Destinations {

    private record Series(Indicator indicator, Organisation organisation) {
    }

    /** The latest month of a series and the file holding it. */
    private record Latest(Month month, PlanningFile file) {
    }

    private final Map<Series, Latest> latest = new HashMap<>();
    private final PlanningFile usual;

    /** The destinations in {@code workspace} (every actual of every file) before the import. */
    Destinations(PlanningFile plan, List<Actual> workspace) {
        Map<PlanningFile, Integer> counts = new LinkedHashMap<>();
        for (Actual a : workspace) {
            if (!(a.eContainer() instanceof PlanningFile holder) || a.getMonth() == null) {
                continue;
            }
            counts.merge(holder, 1, Integer::sum);
            latest.merge(new Series(a.getIndicator(), a.getOrganisation()), new Latest(a.getMonth(), holder),
                    (kept, other) -> other.month().isAfter(kept.month()) ? other : kept);
        }
        this.usual = mostActuals(plan, counts);
    }

    /** The file holding most actuals; the plan on a tie with it, or when there are none. */
    private static PlanningFile mostActuals(PlanningFile plan, Map<PlanningFile, Integer> counts) {
        PlanningFile most = plan;
        int mostCount = counts.getOrDefault(plan, 0);
        for (Map.Entry<PlanningFile, Integer> e : counts.entrySet()) {
            if (e.getValue() > mostCount) {
                most = e.getKey();
                mostCount = e.getValue();
            }
        }
        return most;
    }

    /** The file a new actual of {@code row} goes to. */
    PlanningFile of(ParsedActual row) {
        Latest last = latest.get(new Series(row.indicator(), row.organisation()));
        return last != null ? last.file() : usual;
    }
}
