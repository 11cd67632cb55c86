/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.lang.resource;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.xtext.IGrammarAccess;
import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.diagnostics.DiagnosticMessage;
import org.eclipse.xtext.linking.lazy.LazyLinkingResource;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.parser.IParseResult;
import org.eclipse.xtext.resource.SaveOptions;
import org.eclipse.xtext.serializer.tokens.ICrossReferenceSerializer;
import org.eclipse.xtext.util.Triple;

import com.google.inject.Inject;

import podium.lang.tools.TextLayout;
import podium.model.PlanElement;
import podium.model.PlanningFile;
import podium.model.persistence.ModelStore;

/**
 * Xtext's resource with URI fragments computed in constant time per level. EMF finds an element's
 * position in its list with indexOf, so fragments of all 10,000 elements of a file (unloading, the
 * index's reference descriptions) cost quadratic time; here positions come from an index of each
 * list, checked on every use and rebuilt when the list changed. The fragments are EMF's own.
 */
public class PodiumResource extends LazyLinkingResource {

    private static final java.util.regex.Pattern NAMED = java.util.regex.Pattern.compile("[A-Z][A-Za-z]*");

    /**
     * Load option ({@code Boolean.TRUE}): the file's links are not installed as it is loaded but by
     * {@link #linkDeferred()}, once the other files of its workspace are loaded too.
     */
    public static final String OPTION_DEFER_LINKING = "podium.deferLinking"; //$NON-NLS-1$

    @Inject
    private IGrammarAccess grammarAccess;

    @Inject
    private IValueConverterService valueConverters;

    @Inject
    private ICrossReferenceSerializer crossReferences;

    /** Positions by list; an entry is trusted only after checking that the list still holds it there. */
    private final Map<List<?>, Map<Object, Integer>> positions = new IdentityHashMap<>();
    /** Whether loading left the links to {@link #linkDeferred()}, and whether that is running. */
    private boolean linkingDeferred;
    private boolean linkingDeferredNow;
    /** The linking error made for each node of a reference that did not link. */
    private final Map<INode, Resource.Diagnostic> linkingDiagnostics = Collections.synchronizedMap(new IdentityHashMap<>());

    @Override
    public String getURIFragment(EObject object) {
        String fragment = indexedFragment((InternalEObject) object);
        return fragment != null ? fragment : super.getURIFragment(object);
    }

    /**
     * Also finds an element by kind and name, {@code Organisation:宛城区}: the links that converted XMI
     * models make into .podium files, which keep working when the file's elements move.
     */
    @Override
    public EObject getEObject(String uriFragment) {
        EObject named = named(this, uriFragment);
        return named != null ? named : super.getEObject(uriFragment);
    }

    /**
     * The element of {@code resource} a name-based fragment ({@code Organisation:宛城区}) stands for, or null
     * (not such a fragment, or no such element): also how an XMI copy of a file answers the links that
     * name its elements.
     */
    public static EObject named(Resource resource, String uriFragment) {
        int colon = uriFragment.indexOf(':');
        if (colon <= 0 || !NAMED.matcher(uriFragment.substring(0, colon)).matches()) {
            return null;
        }
        String kind = uriFragment.substring(0, colon);
        String name = uriFragment.substring(colon + 1);
        for (var all = resource.getAllContents(); all.hasNext();) {
            EObject candidate = all.next();
            if (candidate instanceof PlanElement p && name.equals(p.getName()) && kind.equals(p.eClass().getName())) {
                return candidate;
            }
        }
        return null;
    }

    /** The name-based fragment of an element ({@code Organisation:宛城区}), or null for one without a name. */
    public static String namedFragment(EObject element) {
        return element instanceof PlanElement p && p.getName() != null && !p.getName().isEmpty()
                ? p.eClass().getName() + ':' + p.getName() : null;
    }

    @Override
    protected void doLoad(InputStream inputStream, Map<?, ?> options) throws IOException {
        linkingDeferred = options != null && Boolean.TRUE.equals(options.get(OPTION_DEFER_LINKING));
        super.doLoad(inputStream, options);
    }

    @Override
    protected void doLinking() {
        if (!linkingDeferred) {
            super.doLinking();
        }
    }

    /**
     * Installs the links a load with {@link #OPTION_DEFER_LINKING} left out, as loading would have; while
     * it runs, {@link #isLinkingDeferred()} is true (the linker may then set a link's target directly).
     */
    public void linkDeferred() {
        if (!linkingDeferred) {
            return;
        }
        linkingDeferred = false;
        linkingDeferredNow = true;
        try {
            super.doLinking();
        } finally {
            linkingDeferredNow = false;
        }
    }

    /** Whether {@link #linkDeferred()} is installing this file's links. */
    public boolean isLinkingDeferred() {
        return linkingDeferredNow;
    }

    /**
     * Saves without Xtext's concrete-syntax check, which walks the whole model once more before
     * serialising it (more than half of the time of saving 19,200 imported actuals); the serializer
     * refuses a model it cannot write all the same. Formatting stays as asked. When the caller says
     * that only actuals changed ({@link ModelStore#OPTION_ONLY_ACTUALS_CHANGED}, the actuals import)
     * the file's text is patched instead ({@link ActualsText}), keeping everything else as written.
     */
    @Override
    public void doSave(OutputStream outputStream, Map<?, ?> options) throws IOException {
        if (options != null && Boolean.TRUE.equals(options.get(ModelStore.OPTION_ONLY_ACTUALS_CHANGED))) {
            IParseResult parsed = getParseResult();
            if (parsed != null && parsed.hasSyntaxErrors()) {
                // the serializer would write the model, without the text the parse skipped: refuse (writers check first)
                throw new IOException(getURI().lastSegment() + " has syntax errors and is not rewritten, so that no text is lost"); //$NON-NLS-1$
            }
            String patched = patchedText();
            if (patched != null) {
                setEncodingFromOptions(options);
                Writer writer = new OutputStreamWriter(outputStream, getEncoding());
                if (getURI().isFile() && TextLayout.startsWithBom(Path.of(getURI().toFileString()))) {
                    writer.write('\uFEFF'); // the text was read without the file's byte-order mark: keep it
                }
                writer.write(patched);
                writer.flush();
                return;
            }
        }
        SaveOptions.Builder builder = SaveOptions.newBuilder().noValidation();
        if (SaveOptions.getOptions(options).isFormatting()) {
            builder.format();
        }
        Map<Object, Object> unchecked = options == null ? new HashMap<>() : new HashMap<>(options);
        builder.getOptions().addTo(unchecked);
        super.doSave(outputStream, unchecked);
    }

    /** The text with the changed actuals patched in, or null when the model cannot be written that way. */
    private String patchedText() {
        IParseResult parsed = getParseResult();
        if (parsed == null || parsed.getRootNode() == null || parsed.hasSyntaxErrors() || getContents().isEmpty()
                || !(getContents().get(0) instanceof PlanningFile file)) {
            return null;
        }
        return new ActualsText(grammarAccess, valueConverters, crossReferences).patch(file, parsed.getRootNode());
    }

    @Override
    protected void doUnload() {
        try {
            super.doUnload();
        } finally {
            synchronized (positions) {
                positions.clear();
            }
        }
    }

    /** EMF's fragment path ("//@elements.9999/@shares.2"), or null where EMF's own rules must decide. */
    private String indexedFragment(InternalEObject object) {
        if (object.eClass().getEIDAttribute() != null || isRoot(object)) {
            return null;
        }
        Deque<String> segments = new ArrayDeque<>();
        InternalEObject child = object;
        for (InternalEObject container = child.eInternalContainer(); container != null; container = child.eInternalContainer()) {
            EStructuralFeature feature = child.eContainingFeature();
            if (container.eClass().getEIDAttribute() != null || !(feature instanceof EReference reference)) {
                return null;
            }
            if (reference.isMany() && reference.getEKeys().isEmpty()) {
                segments.push("@" + reference.getName() + '.' + position((List<?>) container.eGet(reference, false), child));
            } else {
                segments.push(container.eURIFragmentSegment(feature, child));
            }
            child = container;
            if (isRoot(container)) {
                return "/" + getURIFragmentRootSegment(container) + "/" + String.join("/", segments);
            }
        }
        return null;
    }

    private boolean isRoot(InternalEObject object) {
        return object.eDirectResource() == this || unloadingContents != null && unloadingContents.contains(object);
    }

    private int position(List<?> list, Object element) {
        synchronized (positions) {
            Integer known = positions.computeIfAbsent(list, l -> new IdentityHashMap<>()).get(element);
            if (known != null && known < list.size() && list.get(known) == element) {
                return known;
            }
            Map<Object, Integer> rebuilt = new IdentityHashMap<>(list.size() * 2);
            for (int i = 0; i < list.size(); i++) {
                rebuilt.put(list.get(i), i);
            }
            positions.put(list, rebuilt);
            return rebuilt.getOrDefault(element, -1);
        }
    }

    /**
     * Xtext removes the linking error of a reference that now links by building that error's whole
     * message and looking for an equal one, for every reference that links in a file with any error;
     * with "did you mean" in the message that meant comparing every name of a 10,000-line file with
     * every name in scope. The error to remove is the one made for the reference's node, if any: looked
     * up by the node, as comparing positions (computed by walking the node model) for every error and
     * every linking reference cost more than the rest of an error storm.
     */
    @Override
    protected void removeDiagnostic(Triple<EObject, EReference, INode> triple) {
        Resource.Diagnostic made = linkingDiagnostics.remove(triple.getThird());
        if (made != null) {
            getErrors().remove(made);
            getWarnings().remove(made);
        }
    }

    /**
     * A reference that is tried again and still does not link (its file's caches were dropped) keeps the
     * error it has: Xtext would add an equal one beside it.
     */
    @Override
    protected Resource.Diagnostic createDiagnostic(Triple<EObject, EReference, INode> triple, DiagnosticMessage message) {
        Resource.Diagnostic existing = linkingDiagnostics.get(triple.getThird());
        if (existing != null && (getErrors().contains(existing) || getWarnings().contains(existing))) {
            return existing;
        }
        Resource.Diagnostic made = super.createDiagnostic(triple, message);
        if (made != null) {
            linkingDiagnostics.put(triple.getThird(), made);
        }
        return made;
    }

    /** A parse replaces the nodes, and Xtext drops the errors made for the old ones. */
    @Override
    protected void clearErrorsAndWarnings() {
        super.clearErrorsAndWarnings();
        linkingDiagnostics.clear();
    }
}
