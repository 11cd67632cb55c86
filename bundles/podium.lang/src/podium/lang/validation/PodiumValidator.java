/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.lang.validation;

import static podium.model.ModelPackage.Literals.IMPORT__IMPORTED_NAMESPACE;

import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.validation.Check;

import com.google.inject.Inject;

import podium.core.Severity;
import podium.inspections.Finding;
import podium.inspections.Inspector;
import podium.inspections.builtin.IssueCodes;
import podium.lang.internal.FirstStatement;
import podium.lang.internal.LanguageInspections;
import podium.model.Import;
import podium.model.PlanningFile;

/**
 * The language's side of validation, a thin adapter: the catalogue's inspections run on the model (as
 * they do on XMI models) and their findings become diagnostics at the text of their element; only what
 * depends on the text itself is checked here, with the catalogue's code, message and severity. See
 * docs/validation.md.
 */
public class PodiumValidator extends AbstractPodiumValidator {

    @Inject
    private LanguageInspections inspections;

    /** Every inspection of the catalogue that checks the element's kind. */
    @Check
    public void inspect(EObject element) {
        for (Finding f : run(element).inspect(element)) {
            report(f.severity(), f.message(), f.element(), f.feature(), f.index(), f.code(), f.data());
        }
    }

    /** PDM-L002: an import applies to the whole file wherever it stands, but readers look for imports at the top. */
    @Check
    public void checkImportPosition(Import anImport) {
        INode importNode = NodeModelUtils.getNode(anImport);
        if (importNode != null && FirstStatement.startsBefore((PlanningFile) anImport.eContainer(), importNode.getOffset())) {
            String code = IssueCodes.IMPORT_AFTER_STATEMENTS;
            report(inspections.severityOf(code), inspections.message(code), anImport, IMPORT__IMPORTED_NAMESPACE, -1, code,
                    List.of());
        }
    }

    /** The run of this validation (one file), started once and used for every element of the file. */
    private Inspector.Run run(EObject element) {
        Map<Object, Object> context = getContext();
        if (context == null) {
            return inspections.start(element);
        }
        return (Inspector.Run) context.computeIfAbsent(Inspector.Run.class, k -> inspections.start(element));
    }

    private void report(Severity severity, String message, EObject source, EStructuralFeature feature, int index,
            String code, List<String> data) {
        String[] issueData = data.toArray(String[]::new);
        switch (severity) {
            case ERROR -> error(message, source, feature, index, code, issueData);
            case WARNING -> warning(message, source, feature, index, code, issueData);
            case INFO -> info(message, source, feature, index, code, issueData);
            case IGNORE -> { }
        }
    }
}
