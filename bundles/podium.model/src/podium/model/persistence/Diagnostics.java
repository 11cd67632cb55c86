/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.model.persistence;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;

import podium.core.Problem;
import podium.core.Severity;

/** Turns EMF resource diagnostics (which carry line and column for XML errors) into Problems. */
final class Diagnostics {

    private Diagnostics() {
    }

    static List<Problem> toProblems(String path, Resource resource) {
        List<Problem> problems = new ArrayList<>();
        Set<String> places = new HashSet<>();
        for (Resource.Diagnostic d : resource.getErrors()) {
            Problem problem = toProblem(path, d, Severity.ERROR, code(d));
            // EMF follows an unknown namespace with "Class 'x' is not found" at the same tag: one mistake, one error
            if (places.add(problem.line() + ":" + problem.column())) { //$NON-NLS-1$
                problems.add(problem);
            }
        }
        for (Resource.Diagnostic d : resource.getWarnings()) {
            problems.add(toProblem(path, d, Severity.WARNING, PersistenceCodes.PARSER_WARNING));
        }
        return problems;
    }

    static List<UnresolvedReference> unresolved(Resource resource) {
        List<UnresolvedReference> found = new ArrayList<>();
        resource.getAllContents().forEachRemaining(object -> {
            for (EReference ref : object.eClass().getEAllReferences()) {
                if (ref.isContainment() || ref.isDerived() || !object.eIsSet(ref)) {
                    continue;
                }
                for (EObject target : targets(object, ref)) {
                    if (target.eIsProxy()) {
                        found.add(new UnresolvedReference(object, ref, EcoreUtil.getURI(target)));
                    }
                }
            }
        });
        return found;
    }

    @SuppressWarnings("unchecked")
    private static List<EObject> targets(EObject object, EReference ref) {
        Object value = object.eGet(ref, true);
        if (ref.isMany()) {
            return (List<EObject>) value;
        }
        return value == null ? List.of() : List.of((EObject) value);
    }

    private static String code(Resource.Diagnostic d) {
        String name = d.getClass().getSimpleName();
        return name.contains("Unresolved") ? PersistenceCodes.UNRESOLVED : PersistenceCodes.MALFORMED;
    }

    /** The parser's own words without the Java class, SAX's ids and EMF's "(file:/…, line, column)": the problem has those. */
    static String clean(String message) {
        String words = message.replaceAll("\\s+", " ").strip(); //$NON-NLS-1$ //$NON-NLS-2$
        words = words.replaceFirst("^(?:[a-z][\\w$]*\\.)+[A-Z][\\w$]*(?:Exception|Error):? ?", ""); //$NON-NLS-1$ //$NON-NLS-2$
        words = words.replaceFirst("^publicId: [^;]*; systemId: [^;]*; lineNumber: -?\\d+; columnNumber: -?\\d+; ", ""); //$NON-NLS-1$ //$NON-NLS-2$
        words = words.replaceFirst(" ?\\([a-z]+:[^()]*, -?\\d+, -?\\d+\\)$", ""); //$NON-NLS-1$ //$NON-NLS-2$
        return words.isEmpty() ? message : words;
    }

    private static Problem toProblem(String path, Resource.Diagnostic d, Severity severity, String code) {
        String message = d.getMessage() == null ? "unreadable content" : clean(d.getMessage());
        // a diagnostic EMF could not place is the file's as a whole: its start
        return d.getLine() < 1 ? new Problem(path, 1, 1, severity, code, message)
                : new Problem(path, d.getLine(), Math.max(1, d.getColumn()), severity, code, message);
    }
}
