/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.lang.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.diagnostics.DiagnosticMessage;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.linking.impl.LinkingDiagnosticMessageProvider;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScopeProvider;
import org.eclipse.xtext.resource.XtextResource;

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
     * The names in scope close to the unknown one, computed once per file, reference and name while the
     * file's parse lasts: the 240 uses of one renamed organisation cost one comparison with the names in
     * scope per file, not one each (measured in benchmarks/cli/storm.sh). Xtext's resource scope cache
     * does not keep them: what is stored while cross-references are resolved is discarded afterwards.
     */
    private List<String> similar(ILinkingDiagnosticContext context, String name) {
        EReference reference = context.getReference();
        Resource resource = context.getContext().eResource();
        return SuggestionMemo.of(resource).computeIfAbsent(List.of(reference, name), key -> {
            List<String> candidates = new ArrayList<>();
            for (IEObjectDescription element : scopes.getScope(context.getContext(), reference).getAllElements()) {
                candidates.add(element.getName().toString());
            }
            return SimilarNames.to(name, candidates);
        });
    }

    /**
     * The suggestions of one file, forgotten when it or any file beside it is parsed again (an edit there
     * changes the names in scope) or when it moves to another resource set.
     */
    private static final class SuggestionMemo extends AdapterImpl {
        private final Map<List<Object>, List<String>> suggestions = new HashMap<>();
        private List<Object> parse;

        static Map<List<Object>, List<String>> of(Resource resource) {
            SuggestionMemo memo = (SuggestionMemo) EcoreUtil.getExistingAdapter(resource, SuggestionMemo.class);
            if (memo == null) {
                memo = new SuggestionMemo();
                resource.eAdapters().add(memo);
            }
            List<Object> current = parses(resource);
            if (!current.equals(memo.parse)) {
                memo.suggestions.clear();
                memo.parse = current;
            }
            return memo.suggestions;
        }

        /** The parse of every file of the resource set, compared by identity: a new parse is a new object. */
        private static List<Object> parses(Resource resource) {
            List<Resource> all = resource.getResourceSet() == null ? List.of(resource) : resource.getResourceSet().getResources();
            List<Object> parses = new ArrayList<>(all.size() + 1);
            parses.add(resource.getResourceSet());
            for (Resource each : all) {
                parses.add(each instanceof XtextResource xtext ? xtext.getParseResult() : each);
            }
            return parses;
        }

        @Override
        public boolean isAdapterForType(Object type) {
            return type == SuggestionMemo.class;
        }
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
