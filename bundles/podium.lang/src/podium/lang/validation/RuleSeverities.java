/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.lang.validation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.eclipse.osgi.util.NLS;

import com.google.inject.Singleton;

import podium.core.Problem;
import podium.core.Severity;
import podium.lang.internal.Messages;

/**
 * The severity each rule is reported with: its default unless overridden from a workspace's
 * {@value #FILE_NAME} file (the CLI) or from preferences (the workbench).
 */
@Singleton
public class RuleSeverities {

    /** The file in a workspace folder that overrides severities, one {@code PDM-T001 = warning} per line. */
    public static final String FILE_NAME = ".podium-severities";

    /** Code of a problem in the severities file itself. */
    public static final String BAD_SETTING = "PDM-S001";

    private final Map<IssueCodes, Severity> overrides = new EnumMap<>(IssueCodes.class);

    /** The severity a rule is reported with now; {@link Severity#IGNORE} means not at all. */
    public synchronized Severity severityOf(IssueCodes rule) {
        return overrides.getOrDefault(rule, rule.defaultSeverity());
    }

    /** Overrides one rule's severity; rules that are not configurable keep theirs. */
    public synchronized boolean override(IssueCodes rule, Severity severity) {
        if (!rule.configurable()) {
            return false;
        }
        overrides.put(rule, severity);
        return true;
    }

    /** Back to every rule's default. */
    public synchronized void reset() {
        overrides.clear();
    }

    /**
     * Applies the lines of a severities file and returns its problems (unknown code, unknown
     * severity, a rule that cannot be changed), each with its line and column.
     */
    public List<Problem> apply(String path, String text) {
        List<Problem> problems = new ArrayList<>();
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            applyLine(path, i + 1, lines[i], problems);
        }
        return problems;
    }

    private void applyLine(String path, int line, String raw, List<Problem> problems) {
        String text = raw.strip();
        if (text.isEmpty() || text.startsWith("#")) {
            return;
        }
        int eq = text.indexOf('=') < 0 ? text.indexOf(':') : text.indexOf('=');
        int column = raw.indexOf(text.charAt(0)) + 1;
        if (eq < 0) {
            problems.add(problem(path, line, column, Messages.Severities_badLine));
            return;
        }
        String code = text.substring(0, eq).strip();
        String value = text.substring(eq + 1).strip();
        IssueCodes rule = IssueCodes.byCode(code).orElse(null);
        Severity severity = value.isEmpty() ? null : Severity.parse(value);
        if (rule == null) {
            problems.add(problem(path, line, column, NLS.bind(Messages.Severities_unknownCode, code)));
        } else if (severity == null) {
            problems.add(problem(path, line, raw.indexOf('=') + 2, NLS.bind(Messages.Severities_unknownSeverity, value)));
        } else if (!override(rule, severity)) {
            problems.add(problem(path, line, column, NLS.bind(Messages.Severities_notConfigurable, rule.code())));
        }
    }

    private static Problem problem(String path, int line, int column, String message) {
        return new Problem(path, line, Math.max(column, 1), Severity.ERROR, BAD_SETTING, message);
    }
}
