/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.actuals.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.eclipse.osgi.util.NLS;

import podium.actuals.Field;
import podium.actuals.ImportCodes;
import podium.actuals.Mapping;
import podium.core.Limits;
import podium.core.Problem;
import podium.core.Severity;
import podium.model.Basis;
import podium.model.Indicator;
import podium.model.IndicatorKind;
import podium.model.Plan;
import podium.model.Organisation;
import podium.model.Unit;
import podium.model.query.ModelIndex;
import podium.model.time.Day;
import podium.model.time.Month;
import podium.model.time.Period;
import podium.model.units.Units;

/** Validates one data row against the model and turns it into a {@link ParsedActual}, or into problems. */
public final class RowReader {

    private final Table table;
    private final Table.Row header;
    private final Mapping mapping;
    private final Columns columns;
    private final ModelIndex index;
    private final Function<String, Organisation> organisations;
    private final Function<String, Indicator> indicators;
    private final Function<String, Month> months = remembered(Cells::month);

    public RowReader(Table table, Table.Row header, Mapping mapping, Columns columns, ModelIndex index) {
        this.table = table;
        this.header = header;
        this.mapping = mapping;
        this.columns = columns;
        this.index = index;
        this.organisations = remembered(text -> index.organisation(text).orElse(null));
        this.indicators = remembered(text -> index.indicator(text).orElse(null));
    }

    /** A monthly report's total row: 合计, 总计, 小计, 汇总, 全市合计, 全县, 本区小计... */
    private static final Pattern TOTAL = Pattern.compile("(?:[全本][省市县区州盟旗镇乡])?(?:合计|总计|小计|汇总)?");

    /**
     * The actual of {@code row}, or empty with the row's problems added to {@code problems}. A total row that names
     * no organisation of the model is left out with an info ({@link ImportCodes#TOTAL_ROW_SKIPPED}).
     */
    public Optional<ParsedActual> read(Table.Row row, List<Problem> problems) {
        String named = text(row, Field.ORGANISATION);
        if (!named.isEmpty() && TOTAL.matcher(Field.normalised(named)).matches() && organisations.apply(named) == null) {
            Problem at = problem(row, Field.ORGANISATION, ImportCodes.TOTAL_ROW_SKIPPED, ""); //$NON-NLS-1$
            problems.add(new Problem(at.path(), at.line(), at.column(), Severity.INFO, ImportCodes.TOTAL_ROW_SKIPPED,
                    NLS.bind(Messages.RowReader_totalRow, Limits.echo(named))));
            return Optional.empty();
        }
        List<Problem> found = new ArrayList<>();
        Organisation org = lookup(row, Field.ORGANISATION, found, ImportCodes.UNKNOWN_ORGANISATION,
                text -> Messages.RowReader_unknownOrganisation, organisations);
        Indicator indicator = lookup(row, Field.INDICATOR, found, ImportCodes.UNKNOWN_INDICATOR,
                text -> Messages.RowReader_unknownIndicator, indicators);
        Month month = lookup(row, Field.MONTH, found, ImportCodes.BAD_MONTH, text -> Messages.RowReader_notMonth, months);
        Basis basis = basis(row, found);
        BigDecimal value = lookup(row, Field.VALUE, found, ImportCodes.BAD_NUMBER, RowReader::notNumber, Cells::number);
        BigDecimal previous = optional(row, Field.PREVIOUS_YEAR, found, ImportCodes.BAD_NUMBER, RowReader::notNumber,
                Cells::number);
        Day reportDate = optional(row, Field.REPORT_DATE, found, ImportCodes.BAD_DATE, text -> Messages.RowReader_notDate,
                Cells::day);
        Unit unit = unit(row, indicator, found);
        checkAgainstPlan(row, indicator, month, basis, value, found);
        problems.addAll(found);
        if (!found.isEmpty()) {
            return Optional.empty();
        }
        String source = text(row, Field.SOURCE);
        return Optional.of(new ParsedActual(row.number(), indicator, org, month, basis, value, unit, previous,
                source.isEmpty() ? null : source, reportDate));
    }

    /**
     * A cell {@code parse} rejects gets the message {@code invalid} gives for its text, with the text as
     * {0}; the message is chosen only then, so valid rows cost no more than their parsing.
     */
    private <T> T lookup(Table.Row row, Field field, List<Problem> found, String code, Function<String, String> invalid,
            Function<String, T> parse) {
        String text = text(row, field);
        if (text.isEmpty()) {
            found.add(problem(row, field, code, NLS.bind(Messages.RowReader_empty, FieldNames.of(field))));
            return null;
        }
        T value = parse.apply(text);
        if (value == null) {
            found.add(problem(row, field, code, NLS.bind(invalid.apply(text), Limits.echo(text))));
        }
        return value;
    }

    private static String notNumber(String text) {
        if (Cells.exponent(text)) {
            return Messages.RowReader_exponent;
        }
        return Cells.misgrouped(text) ? Messages.RowReader_misgrouped : Messages.RowReader_notNumber;
    }

    /**
     * {@code find} remembering its answer for each text: a yearly file names the same few hundred
     * organisations, indicators and months in every row, and the model's lookup is a scan of its names.
     */
    private static <T> Function<String, T> remembered(Function<String, T> find) {
        Map<String, Optional<T>> answers = new HashMap<>();
        return text -> answers.computeIfAbsent(text, t -> Optional.ofNullable(find.apply(t))).orElse(null);
    }

    private <T> T optional(Table.Row row, Field field, List<Problem> found, String code, Function<String, String> invalid,
            Function<String, T> parse) {
        String text = text(row, field);
        return text.isEmpty() ? null : lookup(row, field, found, code, invalid, parse);
    }

    private Basis basis(Table.Row row, List<Problem> found) {
        String text = text(row, Field.BASIS);
        if (text.isEmpty()) {
            return columns.valueTitle(header).map(Cells::basis).orElse(Basis.CUMULATIVE);
        }
        Basis basis = Cells.basis(text);
        if (basis == null) {
            found.add(problem(row, Field.BASIS, ImportCodes.BAD_BASIS,
                    NLS.bind(Messages.RowReader_badBasis, Limits.echo(text))));
        }
        return basis;
    }

    private Unit unit(Table.Row row, Indicator indicator, List<Problem> found) {
        String text = text(row, Field.UNIT);
        Unit expected = Units.effective(Unit.NONE, indicator);
        if (text.isEmpty()) {
            // No unit written: the actual is in its indicator's unit, which the model writes as NONE.
            return Cells.percentSign(text(row, Field.VALUE)) ? Unit.PERCENT : Unit.NONE;
        }
        Unit unit = Units.parse(text);
        if (unit == null) {
            found.add(problem(row, Field.UNIT, ImportCodes.UNIT_MISMATCH,
                    NLS.bind(Messages.RowReader_unknownUnit, Limits.echo(text))));
        } else if (indicator != null && expected != Unit.NONE && !Units.compatible(unit, expected)) {
            found.add(problem(row, Field.UNIT, ImportCodes.UNIT_MISMATCH,
                    NLS.bind(Messages.RowReader_unitDoesNotConvert,
                            new Object[] { Units.label(unit), Units.label(expected), indicator.getName() })));
        }
        return unit;
    }

    /**
     * What the language would refuse once the row is in the workspace: a month outside the plan's period
     * (PDM-A001) and a negative cumulative value of a cumulative-flow indicator.
     */
    private void checkAgainstPlan(Table.Row row, Indicator indicator, Month month, Basis basis, BigDecimal value,
            List<Problem> found) {
        Period period = index.plan().map(Plan::getPeriod).orElse(null);
        if (month != null && period != null && !period.contains(month)) {
            found.add(problem(row, Field.MONTH, ImportCodes.OUTSIDE_PLAN,
                    NLS.bind(Messages.RowReader_outsidePlan, month, period)));
        }
        if (value != null && value.signum() < 0 && basis == Basis.CUMULATIVE && indicator != null
                && indicator.getKind() == IndicatorKind.FLOW) {
            found.add(problem(row, Field.VALUE, ImportCodes.BREAKS_SERIES,
                    NLS.bind(Messages.RowReader_negativeCumulative, indicator.getName(), value.toPlainString())));
        }
    }

    /** The cell of {@code field} in {@code row}, or the mapping's default when the column or the cell is empty. */
    private String text(Table.Row row, Field field) {
        String cell = columns.of(field).map(row::cell).orElse("");
        if (!cell.isEmpty()) {
            return cell;
        }
        return mapping.defaults().getOrDefault(field, "");
    }

    public Problem problem(Table.Row row, Field field, String code, String message) {
        int column = columns.of(field).map(i -> i + 1).orElse(0);
        return new Problem(table.location(), row.number(), column, Severity.ERROR, code, message);
    }
}
