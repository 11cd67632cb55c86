/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.fuzz;

import java.lang.reflect.Modifier;
import java.util.Collection;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import podium.core.Problem;

/** The promise every problem keeps, whatever the input: a file, a line and column, a known code, words. */
final class Located {

    private Located() {
    }

    /** Throws an AssertionError naming the first problem without a location, a known code or a message. */
    static void check(Collection<Problem> problems, Predicate<String> knownCode) {
        for (Problem p : problems) {
            if (p.path().isBlank() || p.line() < 1 || p.column() < 1) {
                throw new AssertionError("problem without a location: " + p);
            }
            if (!knownCode.test(p.code())) {
                throw new AssertionError("problem with an unknown code: " + p);
            }
            if (p.message().isBlank()) {
                throw new AssertionError("problem without a message: " + p);
            }
        }
    }

    /** The codes a class of constants defines: its static String fields' values ({@code ImportCodes}). */
    static Set<String> codesOf(Class<?> constants) {
        return Stream.of(constants.getFields()).filter(f -> Modifier.isStatic(f.getModifiers()) && f.getType() == String.class)
                .map(f -> {
                    try {
                        return (String) f.get(null);
                    } catch (IllegalAccessException e) {
                        throw new IllegalStateException(e);
                    }
                }).collect(Collectors.toSet());
    }
}
