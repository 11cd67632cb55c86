/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.reports.builtin.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;

import podium.model.Indicator;
import podium.model.Organisation;
import podium.model.Plan;
import podium.model.query.ModelIndex;
import podium.model.time.Month;
import podium.model.time.Period;
import podium.reports.api.Block;
import podium.reports.api.ReportData;
import podium.reports.api.ReportException;
import podium.reports.api.ReportInput;
import podium.reports.api.ReportParameters;

/** What every built-in report needs while it runs: the input, the parameters, model order and the omissions. */
final class ReportContext {

    private final ReportInput input;
    private final ReportParameters parameters;
    private final Set<String> omissions = new LinkedHashSet<>();
    private final Map<Organisation, Integer> organisationOrder = new HashMap<>();
    private final Map<Indicator, Integer> indicatorOrder = new HashMap<>();

    ReportContext(ReportInput input, ReportParameters parameters) {
        this.input = input;
        this.parameters = parameters;
        List<Organisation> organisations = input.model().organisations();
        for (int i = 0; i < organisations.size(); i++) {
            organisationOrder.put(organisations.get(i), i);
        }
        List<Indicator> indicators = input.model().indicators();
        for (int i = 0; i < indicators.size(); i++) {
            indicatorOrder.put(indicators.get(i), i);
        }
    }

    ModelIndex model() {
        return input.model();
    }

    ReportParameters parameters() {
        return parameters;
    }

    /** The data month; a report cannot be produced without one. */
    Month asOf() throws ReportException {
        if (parameters.asOf() == null) {
            throw new ReportException(Messages.Report_noAsOf);
        }
        return parameters.asOf();
    }

    /** The period of the targets: the chosen one, else the plan's, else the calendar year of the data month. */
    Period period() throws ReportException {
        if (parameters.period() != null) {
            return parameters.period();
        }
        return model().plan().map(Plan::getPeriod).orElse(Period.year(asOf().year()));
    }

    /** Whether an element is there: set and not an unresolved reference. */
    static boolean resolved(EObject element) {
        return element != null && !element.eIsProxy();
    }

    /** Whether the indicator is resolved and one the report is asked for. */
    boolean includes(Indicator indicator) {
        return resolved(indicator) && parameters.includes(indicator);
    }

    /** Whether the organisation is resolved and within the chosen subtree. */
    boolean includes(Organisation organisation) {
        return resolved(organisation) && parameters.includes(organisation);
    }

    /** Notes that {@code element} was left out, and where it is written. */
    void omit(EObject element, String why) {
        omissions.add(NLS.bind(Messages.Omission_at, input.locate(element), why));
    }

    /** Position in the organisation tree (pre-order), for sorting. */
    int order(Organisation organisation) {
        return organisationOrder.getOrDefault(organisation, Integer.MAX_VALUE);
    }

    /** Position of the indicator in the model. */
    int order(Indicator indicator) {
        return indicatorOrder.getOrDefault(indicator, Integer.MAX_VALUE);
    }

    Comparator<Organisation> treeOrder() {
        return Comparator.comparingInt(this::order);
    }

    static String label(Organisation organisation) {
        return organisation.getTitle() == null || organisation.getTitle().isBlank() ? organisation.getName()
                : organisation.getTitle();
    }

    static String label(Indicator indicator) {
        return indicator.getTitle() == null || indicator.getTitle().isBlank() ? indicator.getName() : indicator.getTitle();
    }

    /** Names joined the way the user's language lists them (、 in Chinese). */
    static String join(Collection<String> names) {
        return String.join(Messages.List_separator, names);
    }

    static String organisations(Collection<Organisation> organisations) {
        return join(organisations.stream().map(ReportContext::label).toList());
    }

    /** The standard parameters a report shows above its content, for the kinds it accepts. */
    List<ReportData.Parameter> shown(ReportParameters.Kind... kinds) throws ReportException {
        List<ReportData.Parameter> shown = new ArrayList<>();
        for (ReportParameters.Kind kind : kinds) {
            switch (kind) {
                case AS_OF -> shown.add(new ReportData.Parameter(Messages.Parameter_asOf, Periods.label(asOf())));
                case PERIOD -> shown.add(new ReportData.Parameter(Messages.Parameter_period, Periods.label(period())));
                case ORGANISATION -> shown.add(new ReportData.Parameter(Messages.Parameter_organisation,
                        parameters.organisation() == null ? Messages.Parameter_all : label(parameters.organisation())));
                case INDICATORS -> shown.add(new ReportData.Parameter(Messages.Parameter_indicators,
                        parameters.indicators().isEmpty() ? Messages.Parameter_all
                                : join(parameters.indicators().stream().map(ReportContext::label).toList())));
                case PEER_GROUP -> shown.add(new ReportData.Parameter(Messages.Parameter_peerGroup,
                        parameters.peerGroup() == null ? Messages.Parameter_ownGroup : Groups.label(parameters.peerGroup())));
            }
        }
        return shown;
    }

    /** An integer option; a negative or malformed value cannot give the report. */
    int option(String id, int fallback, String label) throws ReportException {
        String text = parameters.option(id).map(String::strip).orElse(null);
        try {
            int value = text == null ? fallback : Integer.parseInt(text);
            if (value >= 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new ReportException(NLS.bind(Messages.Report_badOption, label, text));
    }

    ReportData data(String reportId, String title, List<ReportData.Parameter> shown, List<Block> blocks) {
        return new ReportData(reportId, title, shown, blocks, List.copyOf(omissions));
    }
}
