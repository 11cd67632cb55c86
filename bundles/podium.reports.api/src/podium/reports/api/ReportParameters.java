/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.reports.api;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;

import podium.model.Indicator;
import podium.model.Organisation;
import podium.model.PeerGroup;
import podium.model.time.Month;
import podium.model.time.Period;

/**
 * The parameters a report is produced for, resolved against the model by the platform. Only the
 * kinds a report declares in its extension are offered to the user; the others keep their defaults.
 *
 * @param asOf         the data month (截至月份); the plan's as-of month unless chosen
 * @param period       the period targets are for; the plan's unless chosen
 * @param organisation the subtree to report on; null for every organisation
 * @param indicators   the indicators to report on; empty for all
 * @param peerGroup    the peer group for rankings; null for each indicator's own group
 * @param options      the report's own options by id (e.g. {@code stalledMonths}), as text
 * @since 1.0
 */
public record ReportParameters(Month asOf, Period period, Organisation organisation, List<Indicator> indicators,
        PeerGroup peerGroup, Map<String, String> options) {

    /**
     * The kinds of parameters a report can accept (the {@code parameter} elements of its extension).
     *
     * @since 1.0
     */
    public enum Kind {
        AS_OF, PERIOD, ORGANISATION, INDICATORS, PEER_GROUP
    }

    public ReportParameters {
        indicators = List.copyOf(indicators);
        options = Map.copyOf(options);
    }

    /** Whether {@code indicator} is one the report is asked for (all when none was chosen). */
    public boolean includes(Indicator indicator) {
        return indicators.isEmpty() || indicators.contains(indicator);
    }

    /** Whether {@code org} is within the chosen subtree (all when none was chosen). */
    public boolean includes(Organisation org) {
        if (organisation == null) {
            return true;
        }
        for (EObject o = org; o instanceof Organisation; o = o.eContainer()) {
            if (o == organisation) {
                return true;
            }
        }
        return false;
    }

    /** The text of option {@code id}, when given. */
    public Optional<String> option(String id) {
        return Optional.ofNullable(options.get(id));
    }

    /** Option {@code id} as an integer, or {@code fallback} when not given. */
    public int intOption(String id, int fallback) {
        return option(id).map(String::trim).map(Integer::valueOf).orElse(fallback);
    }
}
