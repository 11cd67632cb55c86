/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.lang.scoping;

import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.linking.impl.DefaultLinkingService;
import org.eclipse.xtext.linking.impl.IllegalNodeException;
import org.eclipse.xtext.linking.lazy.LazyLinkingResource;
import org.eclipse.xtext.naming.IQualifiedNameConverter;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScope;

import com.google.inject.Inject;

import podium.lang.resource.PodiumResource;

/**
 * Xtext's linking service that, while {@link #resolveAll(Resource)} resolves every link of a file, asks a
 * scope for each name once: a file of 200,000 actuals names the same few hundred indicators and
 * organisations in 400,000 links, and their elements share one scope, the file's
 * ({@link FileLevelScopeProvider}). The answer is the scope's own, remembered by scope and name for
 * the time of that pass only, in which nothing changes: outside it every link is looked up as Xtext does,
 * since a scope's lookups go to the other files at lookup time and these may change between two.
 */
public class PodiumLinkingService extends DefaultLinkingService {

    @Inject
    private IQualifiedNameConverter qualifiedNameConverter;

    /** A pass of {@link #resolveAll(Resource)}: the thread running it, and its answers by scope (identity) and name. */
    private record Pass(Thread thread, Map<IScope, Map<String, List<EObject>>> answers) {
    }

    /** The pass running, or null; only its thread uses its answers (the editor may link from others meanwhile). */
    private volatile Pass pass;

    /**
     * Resolves every link of {@code resource} ({@link EcoreUtil#resolveAll(Resource)}), with each name asked of
     * its scope once when the resource is the language's.
     */
    public static void resolveAll(Resource resource) {
        inOnePass(resource, () -> EcoreUtil.resolveAll(resource));
    }

    /**
     * Installs the links of a file loaded with {@link PodiumResource#OPTION_DEFER_LINKING}, in a pass that
     * asks each scope for each name once; {@link PodiumLinker} sets each link that resolves to its target.
     * Call it once every file of the workspace is loaded, so that each name is looked up where resolving
     * its link later would look it up.
     */
    public static void linkDeferred(Resource resource) {
        if (resource instanceof PodiumResource podium) {
            inOnePass(podium, podium::linkDeferred);
        }
    }

    /** Runs {@code links} in a pass over {@code resource} when it is the language's and no pass runs yet; else as it is. */
    private static void inOnePass(Resource resource, Runnable links) {
        if (!(resource instanceof LazyLinkingResource lazy) || !(lazy.getLinkingService() instanceof PodiumLinkingService service)
                || service.pass != null) {
            links.run();
            return;
        }
        service.pass = new Pass(Thread.currentThread(), new IdentityHashMap<>());
        try {
            links.run();
        } finally {
            service.pass = null;
        }
    }

    /** {@link DefaultLinkingService#getLinkedObjects}, remembering each scope's answer while a pass runs. */
    @Override
    public List<EObject> getLinkedObjects(EObject context, EReference ref, INode node) throws IllegalNodeException {
        Pass running = pass;
        if (running == null || running.thread() != Thread.currentThread()) {
            return super.getLinkedObjects(context, ref, node);
        }
        if (ref.getEReferenceType() == null) {
            return Collections.emptyList();
        }
        String name = getCrossRefNodeAsString(node);
        if (name == null || name.isEmpty()) {
            return Collections.emptyList();
        }
        IScope scope = getScope(context, ref);
        if (scope == null) {
            return super.getLinkedObjects(context, ref, node); // Xtext's error for a scope provider that returned none
        }
        Map<String, List<EObject>> byName = running.answers().computeIfAbsent(scope, s -> new HashMap<>());
        List<EObject> answer = byName.get(name);
        if (answer == null) {
            // not computeIfAbsent: a scope's lookup may resolve another link of this file, and come back here
            IEObjectDescription found = scope.getSingleElement(qualifiedNameConverter.toQualifiedName(name));
            answer = found == null ? Collections.emptyList() : Collections.singletonList(found.getEObjectOrProxy());
            byName.put(name, answer);
        }
        return answer;
    }
}
