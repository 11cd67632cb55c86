/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.inspections;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import podium.core.Problem;
import podium.core.Severity;
import podium.inspections.internal.BadSetting;

/**
 * The severity each inspection is reported with: its default unless overridden from a workspace's
 * {@value #FILE_NAME} file (the CLI) or from the preference page (the workbench);
 * {@link Severity#IGNORE} turns an inspection off. Keyed by code, so it holds plugins' inspections too.
 *
 * @since 1.0
 */
public class Severities {

    /** The file in a workspace folder that overrides severities, one {@code PDM-T001 = warning} per line. */
    public static final String FILE_NAME = ".podium-severities"; //$NON-NLS-1$

    /** Code of a problem in the severities file itself (defined by {@code podium.inspections.internal.BadSetting}). */
    public static final String BAD_SETTING = "PDM-S001"; //$NON-NLS-1$

    private static final InspectionMessages SETTING = InspectionMessages.of(BadSetting.class, "inspections"); //$NON-NLS-1$

    private final Map<String, Severity> overrides = new HashMap<>();

    /** The severity {@code inspection} is reported with now; {@link Severity#IGNORE} means not at all. */
    public synchronized Severity severityOf(InspectionDescriptor inspection) {
        Severity severity = inspection.configurable() ? overrides.get(key(inspection.code())) : null;
        return severity != null ? severity : inspection.defaultSeverity();
    }

    /** Overrides one inspection's severity; false (and nothing changes) when it is not configurable. */
    public synchronized boolean override(InspectionDescriptor inspection, Severity severity) {
        if (!inspection.configurable()) {
            return false;
        }
        overrides.put(key(inspection.code()), severity);
        return true;
    }

    /** Back to every inspection's default. */
    public synchronized void reset() {
        overrides.clear();
    }

    /** The overrides by code. */
    public synchronized Map<String, Severity> overrides() {
        return Map.copyOf(overrides);
    }

    /**
     * Applies the lines of a severities file and returns its problems (unknown code, unknown severity,
     * an inspection that cannot be changed), each with its line and column.
     */
    public List<Problem> apply(String path, String text, InspectionRegistry registry) {
        List<Problem> problems = new ArrayList<>();
        String[] lines = text.split("\\R", -1); //$NON-NLS-1$
        for (int i = 0; i < lines.length; i++) {
            applyLine(path, i + 1, lines[i], registry, problems);
        }
        return problems;
    }

    private void applyLine(String path, int line, String raw, InspectionRegistry registry, List<Problem> problems) {
        String text = raw.strip();
        if (text.isEmpty() || text.startsWith("#")) { //$NON-NLS-1$
            return;
        }
        int eq = text.indexOf('=') < 0 ? text.indexOf(':') : text.indexOf('=');
        int column = raw.indexOf(text.charAt(0)) + 1;
        if (eq < 0) {
            problems.add(problem(path, line, column, text("badLine")));
            return;
        }
        String code = text.substring(0, eq).strip();
        String value = text.substring(eq + 1).strip();
        InspectionDescriptor inspection = registry.inspection(code).orElse(null);
        Severity severity = value.isEmpty() ? null : Severity.parse(value);
        if (inspection == null) {
            problems.add(problem(path, line, column, text("unknownCode", code)));
        } else if (severity == null) {
            problems.add(problem(path, line, raw.indexOf(value.isEmpty() ? "=" : value) + 1, //$NON-NLS-1$
                    text("unknownSeverity", value)));
        } else if (!override(inspection, severity)) {
            problems.add(problem(path, line, column, text("notConfigurable", inspection.code())));
        }
    }

    private static String text(String variant, Object... arguments) {
        return SETTING.format(Locale.getDefault(), BAD_SETTING + ".message." + variant, arguments); //$NON-NLS-1$
    }

    private static String key(String code) {
        return code.toUpperCase(Locale.ROOT);
    }

    private static Problem problem(String path, int line, int column, String message) {
        return new Problem(path, line, Math.max(column, 1), Severity.ERROR, BAD_SETTING, message);
    }
}
