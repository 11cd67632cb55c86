/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.reports.ui.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.dialogs.ListSelectionDialog;

import podium.model.Indicator;
import podium.model.Organisation;
import podium.model.PeerGroup;
import podium.model.Plan;
import podium.model.query.ModelIndex;
import podium.model.time.Month;
import podium.model.time.Period;
import podium.reports.ParameterChoices;
import podium.reports.Parameters;
import podium.reports.ReportDescriptor;
import podium.reports.ReportOption;
import podium.reports.api.ReportParameters.Kind;

/**
 * The parameters of the selected report, only the kinds it declares and its own options, with the
 * model's defaults. Choices of the standard kinds are kept across reports, options per report. A
 * choice from a list runs the report at once; Enter in a field runs it.
 */
final class ParameterPanel {

    private final Composite panel;
    private final Runnable run;
    private final Map<String, Map<String, String>> options = new HashMap<>();
    private String asOf;
    private String period;
    private String organisation;
    private List<String> indicators = List.of();
    private String peerGroup;
    private ReportDescriptor report;
    private ModelIndex model;

    ParameterPanel(Composite parent, Runnable run) {
        this.run = run;
        panel = new Composite(parent, SWT.NONE);
        RowLayout layout = new RowLayout(SWT.HORIZONTAL);
        layout.wrap = true;
        layout.center = true;
        layout.marginLeft = 0;
        layout.spacing = 12;
        panel.setLayout(layout);
    }

    Composite control() {
        return panel;
    }

    /** Shows the parameters of {@code shown} with the lists and defaults of {@code index} (null before loading). */
    void show(ReportDescriptor shown, ModelIndex index) {
        if (Objects.equals(shown, report) && index == model && panel.getChildren().length > 0) {
            return;
        }
        report = shown;
        model = index;
        for (Control child : panel.getChildren()) {
            child.dispose();
        }
        if (shown != null) {
            build(shown);
        }
        panel.getParent().layout(true, true);
    }

    private void build(ReportDescriptor shown) {
        if (shown.accepts(Kind.AS_OF)) {
            asOfField();
        }
        if (shown.accepts(Kind.PERIOD)) {
            periodField();
        }
        if (shown.accepts(Kind.ORGANISATION)) {
            organisationField();
        }
        if (shown.accepts(Kind.INDICATORS)) {
            indicatorsField();
        }
        if (shown.accepts(Kind.PEER_GROUP)) {
            peerGroupField();
        }
        for (ReportOption option : shown.options()) {
            optionField(shown, option);
        }
    }

    /** What the user chose, for {@link Parameters#resolve}. */
    ParameterChoices choices() {
        if (report == null) {
            return ParameterChoices.defaults();
        }
        Map<String, String> own = options.getOrDefault(report.id(), Map.of());
        return new ParameterChoices(report.accepts(Kind.AS_OF) ? asOf : null, report.accepts(Kind.PERIOD) ? period : null,
                report.accepts(Kind.ORGANISATION) ? organisation : null,
                report.accepts(Kind.INDICATORS) ? indicators : List.of(),
                report.accepts(Kind.PEER_GROUP) ? peerGroup : null, own);
    }

    private void asOfField() {
        Month fallback = model == null ? null : Parameters.defaultMonth(model);
        TreeSet<Month> months = new TreeSet<>();
        if (model != null) {
            model.actuals().stream().map(a -> a.getMonth()).filter(Objects::nonNull).forEach(months::add);
        }
        if (fallback != null) {
            months.add(fallback);
        }
        List<String> items = months.descendingSet().stream().map(Month::toString).toList();
        editable(Messages.ParameterPanel_asOf, items, asOf != null ? asOf : fallback == null ? "" : fallback.toString(), //$NON-NLS-1$
                text -> asOf = fallback != null && text.equals(fallback.toString()) ? null : text);
    }

    private void periodField() {
        Period fallback = model == null ? null : model.plan().map(Plan::getPeriod).orElse(null);
        List<String> items = new ArrayList<>();
        if (fallback != null) {
            int year = fallback.year();
            List.of(Period.year(year), Period.half(year, 1), Period.half(year, 2), Period.quarter(year, 1),
                    Period.quarter(year, 2), Period.quarter(year, 3), Period.quarter(year, 4))
                    .forEach(p -> items.add(p.toString()));
        }
        editable(Messages.ParameterPanel_period, items, period != null ? period : fallback == null ? "" : fallback.toString(), //$NON-NLS-1$
                text -> period = fallback != null && text.equals(fallback.toString()) ? null : text);
    }

    private void organisationField() {
        List<String> names = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        names.add(null);
        labels.add(Messages.ParameterPanel_allOrganisations);
        if (model != null) {
            for (Organisation org : model.organisations()) {
                names.add(org.getName());
                labels.add("\u3000".repeat(depth(org)) + title(org.getTitle(), org.getName())); //$NON-NLS-1$
            }
        }
        choice(Messages.ParameterPanel_organisation, names, labels, organisation, value -> organisation = value);
    }

    private void peerGroupField() {
        List<String> names = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        names.add(null);
        labels.add(Messages.ParameterPanel_ownGroups);
        if (model != null) {
            for (PeerGroup group : model.peerGroups()) {
                names.add(group.getName());
                labels.add(title(group.getTitle(), group.getName()));
            }
        }
        choice(Messages.ParameterPanel_peerGroup, names, labels, peerGroup, value -> peerGroup = value);
    }

    private void indicatorsField() {
        Composite pair = pair(Messages.ParameterPanel_indicators);
        Button button = new Button(pair, SWT.PUSH);
        button.setText(indicatorSummary());
        button.addListener(SWT.Selection, e -> {
            List<Indicator> all = model == null ? List.of() : model.indicators();
            ListSelectionDialog dialog = ListSelectionDialog.of(all).contentProvider(ArrayContentProvider.getInstance())
                    .labelProvider(LabelProvider.createTextProvider(i -> label((Indicator) i)))
                    .preselect(all.stream().filter(i -> indicators.contains(i.getName())).toArray())
                    .title(Messages.ParameterPanel_indicatorsTitle).message(Messages.ParameterPanel_indicatorsMessage)
                    .create(panel.getShell());
            if (dialog.open() == Window.OK) {
                List<String> chosen = new ArrayList<>();
                for (Object i : dialog.getResult()) {
                    chosen.add(((Indicator) i).getName());
                }
                indicators = chosen.size() == all.size() ? List.of() : List.copyOf(chosen);
                button.setText(indicatorSummary());
                panel.getParent().layout(true, true);
                run.run();
            }
        });
    }

    private String indicatorSummary() {
        if (indicators.isEmpty()) {
            return Messages.ParameterPanel_allIndicators;
        }
        return indicators.stream().map(name -> model == null ? name
                : model.indicator(name).map(ParameterPanel::label).orElse(name))
                .collect(Collectors.joining(Messages.ParameterPanel_listSeparator));
    }

    private void optionField(ReportDescriptor shown, ReportOption option) {
        Map<String, String> own = options.computeIfAbsent(shown.id(), id -> new HashMap<>());
        Composite pair = pair(NLS.bind(Messages.ParameterPanel_option, option.label() == null ? option.id() : option.label()));
        Text text = new Text(pair, SWT.SINGLE | SWT.BORDER);
        // the user's default (Settings ▸ Report defaults) is what the report runs with until changed here
        String value = own.computeIfAbsent(option.id(), id -> ReportDefaults.option(shown, option));
        if (value == null) {
            value = option.defaultValue() == null ? "" : option.defaultValue(); //$NON-NLS-1$
        }
        text.setText(value);
        text.setMessage(option.isInteger() ? "0" : ""); //$NON-NLS-1$ //$NON-NLS-2$
        text.setLayoutData(new org.eclipse.swt.layout.GridData(option.isInteger() ? 48 : 160, SWT.DEFAULT));
        text.addListener(SWT.Modify, e -> {
            if (text.getText().isBlank()) {
                own.remove(option.id());
            } else {
                own.put(option.id(), text.getText());
            }
        });
        text.addListener(SWT.DefaultSelection, e -> run.run());
    }

    private void editable(String label, List<String> items, String value, java.util.function.Consumer<String> set) {
        Composite pair = pair(label);
        Combo combo = new Combo(pair, SWT.DROP_DOWN);
        combo.setItems(items.toArray(String[]::new));
        combo.setText(value);
        combo.setLayoutData(new org.eclipse.swt.layout.GridData(90, SWT.DEFAULT));
        combo.addListener(SWT.Modify, e -> set.accept(combo.getText().strip()));
        combo.addListener(SWT.Selection, e -> run.run());
        combo.addListener(SWT.DefaultSelection, e -> run.run());
    }

    private void choice(String label, List<String> names, List<String> labels, String value,
            java.util.function.Consumer<String> set) {
        Composite pair = pair(label);
        Combo combo = new Combo(pair, SWT.READ_ONLY | SWT.DROP_DOWN);
        combo.setItems(labels.toArray(String[]::new));
        combo.setVisibleItemCount(Math.min(20, labels.size()));
        combo.select(Math.max(0, names.indexOf(value)));
        combo.addListener(SWT.Selection, e -> {
            set.accept(names.get(combo.getSelectionIndex()));
            run.run();
        });
        combo.addListener(SWT.DefaultSelection, e -> run.run());
    }

    private Composite pair(String label) {
        Composite pair = new Composite(panel, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).spacing(4, 0).applyTo(pair);
        new Label(pair, SWT.NONE).setText(label);
        return pair;
    }

    private static int depth(EObject org) {
        int depth = 0;
        for (EObject o = org.eContainer(); o instanceof Organisation; o = o.eContainer()) {
            depth++;
        }
        return depth;
    }

    private static String label(Indicator indicator) {
        return title(indicator.getTitle(), indicator.getName());
    }

    private static String title(String title, String name) {
        return title == null || title.isBlank() || title.equals(name) ? name : NLS.bind(Messages.ParameterPanel_titled, title, name);
    }
}
