/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.lang.validation;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.xtext.diagnostics.DiagnosticMessage;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.linking.impl.LinkingDiagnosticMessageProvider;

import podium.inspections.builtin.IssueCodes;
import podium.inspections.builtin.Texts;

/** Reports an unknown name as {@code PDM-L001}, saying what kind of element was expected. */
public class PodiumLinkingDiagnosticMessageProvider extends LinkingDiagnosticMessageProvider {

    @Override
    public DiagnosticMessage getUnresolvedProxyMessage(ILinkingDiagnosticContext context) {
        EClass type = context.getReference().getEReferenceType();
        String message = Texts.message(IssueCodes.UNRESOLVED_REFERENCE, null, Texts.kind(type), context.getLinkText());
        return new DiagnosticMessage(message, Severity.ERROR, IssueCodes.UNRESOLVED_REFERENCE,
                type.getName(), context.getLinkText());
    }
}
