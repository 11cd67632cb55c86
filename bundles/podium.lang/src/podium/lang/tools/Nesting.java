/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.lang.tools;

import org.eclipse.emf.ecore.EObject;

import podium.core.Limits;
import podium.core.Problem;
import podium.core.Severity;
import podium.inspections.builtin.IssueCodes;
import podium.inspections.builtin.Texts;

/**
 * The nesting limit of {@link Limits#NESTING_DEPTH}: braces counted in the text before it is parsed
 * (strings and comments skipped), and containment depth of a model read from XMI.
 */
public final class Nesting {

    private Nesting() {
    }

    /** The problem at the first brace beyond the limit, or null when the text stays within it. */
    public static Problem check(String path, String text) {
        int depth = 0;
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                lineStart = i + 1;
            } else if (c == '"') {
                i = endOfString(text, i);
            } else if (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '/') {
                i = text.indexOf('\n', i) < 0 ? text.length() : text.indexOf('\n', i) - 1;
            } else if (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '*') {
                int end = text.indexOf("*/", i + 2);
                int stop = end < 0 ? text.length() : end + 2;
                for (int j = i; j < stop; j++) {
                    if (text.charAt(j) == '\n') {
                        line++;
                        lineStart = j + 1;
                    }
                }
                i = stop - 1;
            } else if (c == '{' && ++depth > Limits.NESTING_DEPTH) {
                return problem(path, line, i - lineStart + 1);
            } else if (c == '}' && depth > 0) {
                depth--;
            }
        }
        return null;
    }

    /** Strings end at their closing quote or the line's end, as the grammar's STRING does. */
    private static int endOfString(String text, int open) {
        for (int i = open + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                return i;
            } else if (c == '\n' || c == '\r') {
                return i - 1;
            }
        }
        return text.length();
    }

    /** The containment depth of a model (1 for a root without children), counted without recursion. */
    public static int depth(EObject root) {
        int deepest = 1;
        for (var contents = root.eAllContents(); contents.hasNext();) {
            int depth = 1;
            for (EObject o = contents.next(); o != root && o != null; o = o.eContainer()) {
                depth++;
            }
            deepest = Math.max(deepest, depth);
        }
        return deepest;
    }

    /** The problem for a model deeper than the limit read from {@code path}. */
    public static Problem problem(String path, int line, int column) {
        return new Problem(path, line, column, Severity.ERROR, IssueCodes.TOO_DEEP,
                Texts.message(IssueCodes.TOO_DEEP, null, Limits.NESTING_DEPTH));
    }
}
