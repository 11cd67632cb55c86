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
import org.eclipse.emf.ecore.xmi.XMLResource;
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

/**
 * Converts between the language and XMI: the same model either way, so a file converted there and
 * back means the same (layout becomes the formatter's).
 */
public final class PodiumConversion {

    private final Injector injector;

    public PodiumConversion(Injector injector) {
        this.injector = injector;
    }

    /** The XMI text of a parsed file; references to other files point at those .podium files. */
    public byte[] toXmi(XtextResource resource, URI target) throws IOException {
        EcoreUtil.resolveAll(resource);
        XMIResourceImpl xmi = new XMIResourceImpl(target);
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
