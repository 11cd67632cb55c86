/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.reports.builtin.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;

import podium.compute.Percentages;
import podium.model.PlanningFile;
import podium.model.Unit;
import podium.model.query.ModelIndex;
import podium.reports.ParameterChoices;
import podium.reports.Parameters;
import podium.reports.ReportDescriptor;
import podium.reports.ReportOutcome;
import podium.reports.ReportRegistry;
import podium.reports.ReportRunner;
import podium.reports.api.ReportData;
import podium.reports.api.ReportParameters;
import podium.reports.api.ReportInput;
import podium.reports.api.Row;
import podium.reports.api.Table;
import podium.reports.api.Value;

/**
 * Runs a report as the product does (registry, parameter resolution, isolated runner) and renders its rows in one
 * canonical way, so that tests compare whole rows: amounts exact with their unit, percentages and points as
 * displayed (two decimals), ranks as #n/of, movements signed, statuses by key, "-" with its reason ("—" where last year's base is missing).
 */
final class Reports {

    private static final ReportRunner RUNNER = new ReportRunner(Duration.ofSeconds(60));

    private Reports() {
    }

    /** A fixture file in a resource of its own (rows then carry URIs), with where each element "is written". */
    static final class Fixture {
        final Resource resource;
        final Map<EObject, String> locations = new HashMap<>();

        Fixture(PlanningFile file) {
            resource = new ResourceSetImpl().createResource(URI.createURI("memory:/fixture.xmi"));
            resource.getContents().add(file);
        }

        Fixture at(EObject element, String location) {
            locations.put(element, location);
            return this;
        }

        ReportInput input() {
            return new ReportInput(ModelIndex.of(resource), null, List.of(),
                    e -> locations.getOrDefault(e, e.eClass().getName()));
        }
    }

    static ReportOutcome outcome(String id, ReportInput input, ParameterChoices choices) throws Exception {
        ReportDescriptor report = descriptor(id);
        return RUNNER.run(report, input, Parameters.resolve(input.model(), report, choices));
    }

    /** The outcome for parameters a caller built itself, without {@link Parameters#resolve} checking them. */
    static ReportOutcome outcome(String id, ReportInput input, ReportParameters parameters) {
        return RUNNER.run(descriptor(id), input, parameters);
    }

    private static ReportDescriptor descriptor(String id) {
        return ReportRegistry.getDefault().report(id).orElseThrow(
                () -> new AssertionError("report " + id + " is not registered: " + ReportRegistry.getDefault().problems()));
    }

    static ReportData run(String id, ReportInput input, ParameterChoices choices) throws Exception {
        ReportOutcome outcome = outcome(id, input, choices);
        if (outcome instanceof ReportOutcome.Failed failed) {
            throw new AssertionError("report " + id + " failed: " + failed.message(), failed.cause());
        }
        return ((ReportOutcome.Produced) outcome).data();
    }

    static ReportData run(String id, ReportInput input) throws Exception {
        return run(id, input, ParameterChoices.defaults());
    }

    static ParameterChoices choices(String organisation, List<String> indicators, Map<String, String> options) {
        return new ParameterChoices(null, null, organisation, indicators, null, options);
    }

    static Table table(ReportData data, String id) {
        return data.tables().stream().filter(t -> t.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no table " + id + " in " + data.tables().stream().map(Table::id).toList()));
    }

    /** The rows of {@code table} as "a | b | c" over the given columns (all when none is given). */
    static List<String> rows(Table table, String... columns) {
        List<Integer> indexes = new ArrayList<>();
        if (columns.length == 0) {
            for (int i = 0; i < table.columns().size(); i++) {
                indexes.add(i);
            }
        }
        for (String c : columns) {
            int i = table.columnIndex(c);
            assertThat(i).as("column " + c + " of " + table.id()).isNotNegative();
            indexes.add(i);
        }
        return table.rows().stream()
                .map(r -> indexes.stream().map(i -> render(r.cell(i))).collect(Collectors.joining(" | "))).toList();
    }

    /** The cell of column {@code column} in row {@code row}. */
    static Value cell(Table table, int row, String column) {
        return table.rows().get(row).cell(table.columnIndex(column));
    }

    static URI element(Table table, int row) {
        return table.rows().get(row).element();
    }

    static List<Row.Kind> kinds(Table table) {
        return table.rows().stream().map(Row::kind).toList();
    }

    static String render(Value value) {
        if (value instanceof Value.Text t) {
            return t.text();
        } else if (value instanceof Value.Amount a) {
            return plain(a.value()) + (a.unit() == Unit.NONE ? "" : a.unit().getLiteral());
        } else if (value instanceof Value.Percent p) {
            return Percentages.display(p.value()).toPlainString() + "%";
        } else if (value instanceof Value.Points p) {
            BigDecimal shown = Percentages.display(p.value());
            return (shown.signum() > 0 ? "+" : "") + shown.toPlainString() + "pp";
        } else if (value instanceof Value.Rank r) {
            return "#" + r.position() + (r.of() > 0 ? "/" + r.of() : "");
        } else if (value instanceof Value.Movement m) {
            return (m.places() > 0 ? "+" : "") + m.places();
        } else if (value instanceof Value.Status s) {
            return s.key();
        } else if (value instanceof Value.Ranked r) {
            return render(r.value()) + "(" + render(r.rank()) + ")";
        }
        Value.Empty empty = (Value.Empty) value;
        return (empty.kind() == Value.Empty.Kind.NO_BASE ? "—(" : "-(") + empty.reason() + ")";
    }

    static String plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }
}
