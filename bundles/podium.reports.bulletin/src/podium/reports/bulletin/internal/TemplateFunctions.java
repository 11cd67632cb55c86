/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.reports.bulletin.internal;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.osgi.util.NLS;

import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.utility.DeepUnwrap;
import podium.compute.RankMovement;
import podium.model.Unit;
import podium.model.time.Day;
import podium.model.time.Month;
import podium.reports.api.format.Formats;
import podium.reports.bulletin.UnitFigures;
import podium.core.text.Counts;

/**
 * The functions a bulletin template writes numbers with; each calls {@link Formats} (Chinese), so that
 * the template never formats a number itself: {@code percent(x)} 41.69%, {@code points(x)} 0.02个百分点,
 * {@code gapToSchedule(x)} 超序时进度0.02个百分点, {@code yearOnYear(x)} 同比增长/下降…%,
 * {@code amount(x, unit)} 4668万美元 / 1.58亿美元 / 99.68亿元, {@code number(x)} 15844.5, {@code rank(n)} 第3位,
 * {@code movement(m)} 由第14位退至第16位, {@code names(units)} 甲、乙, {@code ordinal(n)} 三,
 * {@code date(d)} 2004年5月31日.
 */
public final class TemplateFunctions {

    private final Formats formats = Formats.chinese();

    /** The functions by the name templates call them with. */
    public Map<String, TemplateMethodModelEx> all() {
        Map<String, TemplateMethodModelEx> functions = new LinkedHashMap<>();
        functions.put("percent", args -> formats.percent(number("percent", args, 0)));
        functions.put("points", args -> formats.points(number("points", args, 0)));
        functions.put("gapToSchedule", args -> formats.gapToSchedule(number("gapToSchedule", args, 0)));
        functions.put("yearOnYear", args -> formats.yearOnYear(number("yearOnYear", args, 0)));
        functions.put("amount", args -> formats.prose(number("amount", args, 0), unit(args)));
        functions.put("number", args -> formats.number(number("number", args, 0)));
        functions.put("rank", args -> formats.rank(number("rank", args, 0).intValueExact(), 0));
        functions.put("movement", args -> movement(args));
        functions.put("names", args -> names(args));
        functions.put("ordinal", args -> formats.numeral(number("ordinal", args, 0).intValueExact()));
        functions.put("date", args -> date(args));
        return functions;
    }

    private static Object argument(String function, List<?> args, int index) throws TemplateModelException {
        if (args.size() <= index) {
            throw new TemplateModelException(Counts.format(Messages.Template_missingArgument, function, index + 1));
        }
        return DeepUnwrap.unwrap((TemplateModel) args.get(index));
    }

    private static BigDecimal number(String function, List<?> args, int index) throws TemplateModelException {
        Object value = argument(function, args, index);
        if (value instanceof BigDecimal d) {
            return d;
        }
        if (value instanceof Number n) {
            return new BigDecimal(n.toString());
        }
        throw new TemplateModelException(NLS.bind(Messages.Template_notNumber, function, value));
    }

    private static Unit unit(List<?> args) throws TemplateModelException {
        Object value = argument("amount", args, 1);
        Unit unit = value instanceof Unit u ? u : Unit.get(String.valueOf(value));
        if (unit == null) {
            throw new TemplateModelException(NLS.bind(Messages.Template_notUnit, value));
        }
        return unit;
    }

    private static String movement(List<?> args) throws TemplateModelException {
        Object value = argument("movement", args, 0);
        if (value instanceof RankMovement m) {
            return m.describe();
        }
        throw new TemplateModelException(NLS.bind(Messages.Template_notMovement, value));
    }

    private static String names(List<?> args) throws TemplateModelException {
        Object value = argument("names", args, 0);
        if (!(value instanceof Collection<?> list)) {
            throw new TemplateModelException(NLS.bind(Messages.Template_notList, value));
        }
        StringBuilder text = new StringBuilder();
        for (Object item : list) {
            text.append(text.length() == 0 ? "" : Document.Words_list).append(item instanceof UnitFigures u ? u.name() : item);
        }
        return text.toString();
    }

    private String date(List<?> args) throws TemplateModelException {
        Object value = argument("date", args, 0);
        if (value instanceof Day day) {
            return formats.date(day);
        }
        if (value instanceof Month month) {
            return NLS.bind(Document.Words_monthOnly, Integer.toString(month.year()), Integer.toString(month.month()));
        }
        throw new TemplateModelException(NLS.bind(Messages.Template_notDate, value));
    }
}
