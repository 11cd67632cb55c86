/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.reports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;

import podium.model.Indicator;
import podium.model.Organisation;
import podium.model.PeerGroup;
import podium.model.Plan;
import podium.model.query.ModelIndex;
import podium.model.time.Day;
import podium.model.time.Month;
import podium.model.time.Period;
import podium.reports.api.ReportException;
import podium.reports.api.ReportParameters;
import podium.reports.internal.Messages;

/**
 * Resolves the user's parameter choices against the model: names to elements, texts to months and
 * periods, missing ones to the defaults (the plan's as-of month and period, the options' defaults).
 *
 * @since 1.0
 */
public final class Parameters {

    private Parameters() {
    }

    /** The parameters of {@code report} for {@code choices}; a wrong name or month is a ReportException. */
    public static ReportParameters resolve(ModelIndex model, ReportDescriptor report, ParameterChoices choices)
            throws ReportException {
        Optional<Plan> plan = model.plan();
        Month asOf = choices.asOf() == null || choices.asOf().isBlank() ? defaultMonth(model) : month(choices.asOf());
        Period period = choices.period() == null || choices.period().isBlank()
                ? plan.map(Plan::getPeriod).orElse(asOf == null ? null : Period.year(asOf.year()))
                : period(choices.period());
        Organisation organisation = choices.organisation() == null || choices.organisation().isBlank() ? null
                : model.organisation(choices.organisation().strip()).orElseThrow(
                        () -> new ReportException(NLS.bind(Messages.Parameter_unknownOrganisation, choices.organisation())));
        List<Indicator> indicators = new ArrayList<>();
        for (String name : choices.indicators()) {
            indicators.add(model.indicator(name.strip()).orElseThrow(
                    () -> new ReportException(NLS.bind(Messages.Parameter_unknownIndicator, name))));
        }
        PeerGroup group = choices.peerGroup() == null || choices.peerGroup().isBlank() ? null : peerGroup(model, choices.peerGroup());
        Map<String, String> options = new HashMap<>();
        for (ReportOption option : report.options()) {
            String value = choices.options().getOrDefault(option.id(), option.defaultValue());
            if (value != null) {
                options.put(option.id(), checked(option, value));
            }
        }
        for (String id : choices.options().keySet()) {
            if (report.options().stream().noneMatch(o -> o.id().equals(id))) {
                throw new ReportException(NLS.bind(Messages.Parameter_unknownOption, id, report.id()));
            }
        }
        return new ReportParameters(asOf, period, organisation, indicators, group, options);
    }

    /** The month of the plan's as-of date, else the latest month with actuals, else null. */
    public static Month defaultMonth(ModelIndex model) {
        Optional<Day> asOf = model.plan().map(Plan::getAsOf);
        if (asOf.isPresent()) {
            return asOf.get().month();
        }
        return model.actuals().stream().map(a -> a.getMonth()).filter(m -> m != null).max(Month::compareTo).orElse(null);
    }

    private static Month month(String text) throws ReportException {
        try {
            return Month.valueOf(text.strip());
        } catch (IllegalArgumentException e) {
            throw new ReportException(NLS.bind(Messages.Parameter_badMonth, text));
        }
    }

    private static Period period(String text) throws ReportException {
        try {
            return Period.valueOf(text.strip());
        } catch (IllegalArgumentException e) {
            throw new ReportException(NLS.bind(Messages.Parameter_badPeriod, text));
        }
    }

    private static PeerGroup peerGroup(ModelIndex model, String name) throws ReportException {
        String key = name.strip();
        return model.peerGroups().stream().filter(g -> key.equals(g.getName()) || key.equals(g.getTitle())).findFirst()
                .orElseThrow(() -> new ReportException(NLS.bind(Messages.Parameter_unknownGroup, name)));
    }

    private static String checked(ReportOption option, String value) throws ReportException {
        if (!option.accepts(value)) {
            throw new ReportException(NLS.bind(Messages.Parameter_badInteger, option.id(), value));
        }
        return value.strip();
    }
}
