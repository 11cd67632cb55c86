/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.lang.validation;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.diagnostics.DiagnosticMessage;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.linking.impl.LinkingDiagnosticMessageProvider;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScopeProvider;
import org.eclipse.xtext.util.IResourceScopeCache;
import org.eclipse.xtext.util.Tuples;

import com.google.inject.Inject;

import podium.inspections.builtin.IssueCodes;
import podium.inspections.builtin.Texts;
import podium.lang.internal.SimilarNames;

/**
 * Reports an unknown name as {@code PDM-L001}, saying what kind of element was expected and which
 * declared names it is close to (did you mean). Every use of the name gets the same message, so a
 * tool that lists problems can tell the uses of one unknown name apart from other problems.
 */
public class PodiumLinkingDiagnosticMessageProvider extends LinkingDiagnosticMessageProvider {

    @Inject
    private IScopeProvider scopes;

    @Inject
    private IResourceScopeCache cache;

    @Override
    public DiagnosticMessage getUnresolvedProxyMessage(ILinkingDiagnosticContext context) {
        EClass type = context.getReference().getEReferenceType();
        String name = context.getLinkText();
        List<String> similar = similar(context, name);
        String message = similar.isEmpty() ? Texts.message(IssueCodes.UNRESOLVED_REFERENCE, null, Texts.kind(type), name)
                : Texts.message(IssueCodes.UNRESOLVED_REFERENCE, "didYouMean", Texts.kind(type), name, alternatives(similar));
        List<String> data = new ArrayList<>(List.of(type.getName(), name));
        data.addAll(similar);
        return new DiagnosticMessage(message, Severity.ERROR, IssueCodes.UNRESOLVED_REFERENCE, data.toArray(String[]::new));
    }

    /**
     * The names in scope close to the unknown one, computed once per file, reference and name until the
     * file changes: the 199 uses of one renamed organisation cost one comparison with the names in scope.
     */
    private List<String> similar(ILinkingDiagnosticContext context, String name) {
        EReference reference = context.getReference();
        return cache.get(Tuples.create(SimilarNames.class, reference, name), context.getContext().eResource(), () -> {
            List<String> candidates = new ArrayList<>();
            for (IEObjectDescription element : scopes.getScope(context.getContext(), reference).getAllElements()) {
                candidates.add(element.getName().toString());
            }
            return SimilarNames.to(name, candidates);
        });
    }

    /** '县一二三' or “县一二三”、“县一二四”或“县一二五”, quoted and joined as the user's language does. */
    private static String alternatives(List<String> names) {
        String code = IssueCodes.UNRESOLVED_REFERENCE;
        List<String> quoted = names.stream().map(n -> Texts.message(code, "quoted", n)).toList();
        String list = quoted.get(0);
        for (int i = 1; i < quoted.size(); i++) {
            list = Texts.message(code, i == quoted.size() - 1 ? "or" : "and", list, quoted.get(i));
        }
        return list;
    }
}
