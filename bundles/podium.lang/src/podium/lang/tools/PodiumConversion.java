/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.lang.tools;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLHelper;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIHelperImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.eclipse.xtext.resource.SaveOptions;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.serializer.ISerializer;
import org.xml.sax.SAXParseException;

import com.google.inject.Injector;

import podium.core.Problem;
import podium.core.Severity;
import podium.inspections.builtin.IssueCodes;
import podium.inspections.builtin.Texts;
import podium.lang.resource.PodiumResource;

/**
 * Converts between the language and XMI: the same model either way, so a file converted there and
 * back means the same (layout becomes the formatter's).
 */
public final class PodiumConversion {

    private final Injector injector;

    public PodiumConversion(Injector injector) {
        this.injector = injector;
    }

    /**
     * The XMI text of a parsed file; references to other files point at those .podium files by kind
     * and name ({@code orgs.podium#Organisation:宛城区}), so that they survive changes to the other file.
     */
    public byte[] toXmi(XtextResource resource, URI target) throws IOException {
        EcoreUtil.resolveAll(resource);
        XMIResourceImpl xmi = new XMIResourceImpl(target) {
            @Override
            protected XMLHelper createXMLHelper() {
                return new XMIHelperImpl(this) {
                    @Override
                    public String getHREF(EObject obj) {
                        String href = super.getHREF(obj);
                        String named = obj.eResource() instanceof PodiumResource ? PodiumResource.namedFragment(obj) : null;
                        int hash = href == null ? -1 : href.indexOf('#');
                        return named == null || hash < 0 ? href : href.substring(0, hash + 1) + named;
                    }
                };
            }
        };
        resource.getResourceSet().getResources().add(xmi);
        try {
            xmi.getContents().addAll(EcoreUtil.copyAll(resource.getContents()));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            xmi.save(out, Map.of(XMLResource.OPTION_ENCODING, "UTF-8", XMLResource.OPTION_SCHEMA_LOCATION, Boolean.TRUE));
            return out.toByteArray();
        } finally {
            resource.getResourceSet().getResources().remove(xmi);
        }
    }

    /** What XMI cannot hold of a text file: its comments (documentation comments among them) and blank lines. */
    public record Layout(int comments, int documentation, int blankLines) {
        public boolean isEmpty() {
            return comments == 0 && blankLines == 0;
        }
    }

    /** The comments and blank lines of a parsed file, which converting it to XMI loses. */
    public static Layout layoutOf(XtextResource resource) {
        if (resource.getParseResult() == null) {
            return new Layout(0, 0, 0);
        }
        int comments = 0;
        int documentation = 0;
        for (var leaf : resource.getParseResult().getRootNode().getLeafNodes()) {
            if (leaf.isHidden() && leaf.getGrammarElement() instanceof org.eclipse.xtext.TerminalRule rule
                    && rule.getName().endsWith("_COMMENT")) {
                comments++;
                documentation += leaf.getText().startsWith("/**") ? 1 : 0;
            }
        }
        int blank = (int) resource.getParseResult().getRootNode().getText().lines().filter(String::isBlank).count();
        return new Layout(comments, documentation, blank);
    }

    /**
     * The language text of a model read from XMI, formatted canonically; the contents move into a
     * language resource at {@code target} (the serializer works on those only).
     */
    public String toPodium(Resource xmi, URI target) {
        XtextResource text = (XtextResource) xmi.getResourceSet().createResource(target);
        text.getContents().addAll(List.copyOf(xmi.getContents()));
        ISerializer serializer = injector.getInstance(ISerializer.class);
        StringBuilder result = new StringBuilder();
        for (EObject root : text.getContents()) {
            result.append(serializer.serialize(root, SaveOptions.newBuilder().format().getOptions()));
        }
        String out = result.toString().stripLeading();
        return out.endsWith("\n") ? out : out + "\n";
    }

    /**
     * The problem to report for an XMI file that {@link #readXmi} or {@link #toPodium} rejected: code
     * PDM-X005 at the line and column the XML parser names (1:1 when it names none), no stack trace.
     */
    public static Problem xmiProblem(String path, Exception failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof Resource.Diagnostic d && d.getLine() > 0) {
                return xmiProblem(path, d.getLine(), d.getColumn(), d.getMessage());
            }
            if (t instanceof SAXParseException e && e.getLineNumber() > 0) {
                return xmiProblem(path, e.getLineNumber(), e.getColumnNumber(), e.getMessage());
            }
        }
        return xmiProblem(path, 1, 1, failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage());
    }

    private static Problem xmiProblem(String path, int line, int column, String detail) {
        return new Problem(path, line, Math.max(column, 1), Severity.ERROR, IssueCodes.XMI_UNREADABLE,
                Texts.message(IssueCodes.XMI_UNREADABLE, null, detail.replaceAll("\\s+", " ").trim()));
    }

    /** Reads an XMI file's bytes into a resource of the given set (for {@link #toPodium}). */
    public static Resource readXmi(org.eclipse.emf.ecore.resource.ResourceSet set, URI uri, byte[] bytes) throws IOException {
        XMIResourceImpl xmi = new XMIResourceImpl(uri);
        set.getResources().add(xmi);
        xmi.load(new java.io.ByteArrayInputStream(bytes), Map.of(XMLResource.OPTION_ENCODING, StandardCharsets.UTF_8.name()));
        return xmi;
    }
}
