/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.cli.internal.output;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import podium.cli.internal.Messages;
import podium.core.Problem;
import podium.core.Severity;
import podium.inspections.builtin.IssueCodes;

/**
 * The problems of {@code podium validate}, one line each, except that the uses of one unknown name
 * are one line at the first use (in file and line order) saying how many more there are and in how
 * many files: a renamed organisation is one mistake, not 199. The language gives every use of a name
 * the same message (its kind, the name and the names it is close to), so the same code and message is
 * the same unknown name. The editor keeps a marker on every use, as IntelliJ does.
 */
public final class ProblemReport {

    private final List<Line> lines = new ArrayList<>();

    /** One printed problem and the further uses it stands for. */
    private record Line(Problem problem, List<Problem> moreUses) {
    }

    /** The problems, sorted; with {@code everyUse} each use of an unknown name is a line of its own. */
    public ProblemReport(List<Problem> problems, boolean everyUse) {
        Map<String, Line> unknownNames = new LinkedHashMap<>();
        for (Problem problem : problems) {
            if (everyUse || !IssueCodes.UNRESOLVED_REFERENCE.equals(problem.code())) {
                lines.add(new Line(problem, List.of()));
                continue;
            }
            Line first = unknownNames.get(problem.message());
            if (first == null) {
                first = new Line(problem, new ArrayList<>());
                unknownNames.put(problem.message(), first);
                lines.add(first);
            } else {
                first.moreUses().add(problem);
            }
        }
    }

    /** Prints one line per problem in the form of {@link Problem#format()}, paths as {@link DisplayPaths} shows them. */
    public void print(PrintWriter out) {
        for (Line line : lines) {
            Problem p = line.problem();
            out.println(format(new Problem(p.path(), p.line(), p.column(), p.severity(), p.code(),
                    p.message() + moreUses(p, line.moreUses()))));
        }
    }

    /** The line of {@link Problem#format()} with the path as {@link DisplayPaths} shows it: what every command prints. */
    public static String format(Problem p) {
        return new Problem(DisplayPaths.of(p.path()), p.line(), p.column(), p.severity(), p.code(), p.message()).format();
    }

    private static String moreUses(Problem first, List<Problem> more) {
        if (more.isEmpty()) {
            return ""; //$NON-NLS-1$
        }
        Set<String> files = new LinkedHashSet<>();
        more.forEach(p -> files.add(p.path()));
        boolean sameFile = files.size() == 1 && files.contains(first.path());
        return sameFile ? Messages.format(Messages.ProblemReport_moreUsesInThisFile, more.size())
                : Messages.format(Messages.ProblemReport_moreUses, more.size(), files.size());
    }

    /**
     * The count of what was printed, e.g. {@code 1 error, 2 warnings}, or null when nothing was: a clean
     * run prints nothing at all.
     */
    public String summary() {
        long errors = count(Severity.ERROR);
        long warnings = count(Severity.WARNING);
        long infos = count(Severity.INFO);
        if (errors + warnings + infos == 0) {
            return null;
        }
        return Messages.format(infos == 0 ? Messages.ProblemReport_summary : Messages.ProblemReport_summaryWithInfos,
                errors, warnings, infos);
    }

    public boolean hasErrors() {
        return count(Severity.ERROR) > 0;
    }

    private long count(Severity severity) {
        return lines.stream().filter(l -> l.problem().severity() == severity).count();
    }
}
