/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.inspections.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.Manifest;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.osgi.util.NLS;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import podium.plugins.registry.Contributions;
import podium.plugins.registry.Contributor;
import podium.inspections.InspectionDescriptor;

/**
 * The inspections contributed by the {@code plugin.xml} files on the class path, for programs that run
 * without OSGi (benchmarks, tools): each jar (or bundle folder) on the class path is read as its plugin
 * would be, with the same checks as the extension registry's; what is skipped is listed with the reason.
 */
public final class ClasspathContributions {

    private static final String POINT = "podium.inspections.inspections"; //$NON-NLS-1$

    private final List<InspectionDescriptor> inspections = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();

    private ClasspathContributions() {
    }

    /** The contributions found through {@code loader}'s {@code plugin.xml} resources, duplicates skipped. */
    public static ClasspathContributions read(ClassLoader loader) {
        ClasspathContributions result = new ClasspathContributions();
        Map<String, InspectionDescriptor> byCode = new LinkedHashMap<>();
        try {
            for (URL pluginXml : Collections.list(loader.getResources("plugin.xml"))) { //$NON-NLS-1$
                result.readPlugin(loader, pluginXml, byCode);
            }
        } catch (IOException e) {
            result.problems.add(Contributions.describe(e));
        }
        result.inspections.addAll(byCode.values());
        return result;
    }

    public List<InspectionDescriptor> inspections() {
        return List.copyOf(inspections);
    }

    public List<String> problems() {
        return List.copyOf(problems);
    }

    private void readPlugin(ClassLoader loader, URL pluginXml, Map<String, InspectionDescriptor> byCode) {
        Contributor contributor = contributor(pluginXml);
        try (InputStream in = pluginXml.openStream()) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            NodeList extensions = factory.newDocumentBuilder().parse(in).getElementsByTagName("extension"); //$NON-NLS-1$
            for (int i = 0; i < extensions.getLength(); i++) {
                Element extension = (Element) extensions.item(i);
                if (POINT.equals(extension.getAttribute("point"))) { //$NON-NLS-1$
                    readInspections(loader, extension, contributor, byCode);
                }
            }
        } catch (Exception e) {
            problems.add(contributor.label() + ": " + Contributions.describe(e)); //$NON-NLS-1$
        }
    }

    private void readInspections(ClassLoader loader, Element extension, Contributor contributor,
            Map<String, InspectionDescriptor> byCode) {
        NodeList elements = extension.getElementsByTagName("inspection"); //$NON-NLS-1$
        for (int i = 0; i < elements.getLength(); i++) {
            Element element = (Element) elements.item(i);
            String className = element.getAttribute("class"); //$NON-NLS-1$
            try {
                List<Class<?>> fixes = new ArrayList<>();
                NodeList quickfixes = element.getElementsByTagName("quickfix"); //$NON-NLS-1$
                for (int j = 0; j < quickfixes.getLength(); j++) {
                    fixes.add(loader.loadClass(((Element) quickfixes.item(j)).getAttribute("class"))); //$NON-NLS-1$
                }
                InspectionDescriptor descriptor = InspectionDescriptor.of(loader.loadClass(className), contributor, fixes);
                InspectionDescriptor kept = byCode.putIfAbsent(descriptor.code(), descriptor);
                if (kept != null) {
                    problems.add(NLS.bind(Messages.Registry_duplicate,
                            new Object[] {descriptor.code(), contributor.label(), kept.contributor().label()}));
                }
            } catch (ClassNotFoundException | LinkageError e) {
                problems.add(NLS.bind(Messages.Contribution_cannotLoad,
                        new Object[] {contributor.label(), className, Contributions.describe(e)}));
            } catch (IllegalArgumentException e) {
                problems.add(NLS.bind(Messages.Registry_skipped, new Object[] {contributor.label(), className, e.getMessage()}));
            }
        }
    }

    /** The plugin whose MANIFEST.MF sits beside the plugin.xml (its Bundle-SymbolicName and Bundle-Name). */
    private static Contributor contributor(URL pluginXml) {
        String base = pluginXml.toString().substring(0, pluginXml.toString().length() - "plugin.xml".length()); //$NON-NLS-1$
        try (InputStream in = new URL(base + "META-INF/MANIFEST.MF").openStream()) { //$NON-NLS-1$
            Manifest manifest = new Manifest(in);
            String id = manifest.getMainAttributes().getValue("Bundle-SymbolicName"); //$NON-NLS-1$
            String name = manifest.getMainAttributes().getValue("Bundle-Name"); //$NON-NLS-1$
            return new Contributor(id == null ? base : id.split(";")[0].strip(), name); //$NON-NLS-1$
        } catch (IOException e) {
            return new Contributor(base, null);
        }
    }
}
