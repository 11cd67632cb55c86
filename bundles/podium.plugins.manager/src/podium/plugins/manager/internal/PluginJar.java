/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.plugins.manager.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.eclipse.osgi.util.NLS;
import org.osgi.framework.Constants;
import org.osgi.framework.Version;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

import podium.plugins.manager.FollowedPoints;

/**
 * What a plugin jar says about itself, read from its manifest and {@code plugin.xml} without loading
 * it, so that disabled and broken plugins can be listed too.
 *
 * @param id              the symbolic name, or null when the jar is not an OSGi bundle
 * @param problem         why the jar is not a usable bundle, or null
 * @param extensionPoints the extension points its {@code plugin.xml} contributes to
 */
public record PluginJar(Path path, String id, Version version, String name, String vendor, String description,
        boolean fragment, boolean source, Set<String> extensionPoints, String problem) {

    /** Reads {@code jar}; never throws: a jar that cannot be read has a {@link #problem()}. */
    public static PluginJar read(Path jar) {
        Path path = jar.toAbsolutePath().normalize();
        try (JarFile file = new JarFile(path.toFile())) {
            Attributes main = file.getManifest() == null ? null : file.getManifest().getMainAttributes();
            String symbolicName = main == null ? null : main.getValue(Constants.BUNDLE_SYMBOLICNAME);
            if (symbolicName == null || symbolicName.isBlank()) {
                return invalid(path, NLS.bind(Messages.PluginJar_noSymbolicName, path.getFileName()));
            }
            Version version = Version.parseVersion(main.getValue(Constants.BUNDLE_VERSION));
            Properties texts = localization(file, main.getValue(Constants.BUNDLE_LOCALIZATION));
            return new PluginJar(path, symbolicName.split(";")[0].strip(), version, //$NON-NLS-1$
                    text(main, Constants.BUNDLE_NAME, texts), text(main, Constants.BUNDLE_VENDOR, texts),
                    text(main, Constants.BUNDLE_DESCRIPTION, texts), main.getValue(Constants.FRAGMENT_HOST) != null,
                    main.getValue("Eclipse-SourceBundle") != null, extensionPoints(file), null); //$NON-NLS-1$
        } catch (ZipException e) {
            // Java's reason ("zip END header not found") is English and says nothing to a user
            return invalid(path, NLS.bind(Messages.PluginJar_notAJar, path.getFileName()));
        } catch (IOException | SecurityException e) {
            return invalid(path, NLS.bind(Messages.PluginJar_unreadable, path.getFileName(), e.getMessage()));
        } catch (IllegalArgumentException e) {
            return invalid(path, NLS.bind(Messages.PluginJar_badVersion, path.getFileName(), e.getMessage()));
        }
    }

    /** Whether this is an OSGi bundle Podium can load. */
    public boolean valid() {
        return problem == null;
    }

    /** How the plugin is named to users: its name, version and id, e.g. {@code Acme Reports 1.0.0 (acme.reports)}. */
    public String label() {
        if (!valid()) {
            return path.getFileName().toString();
        }
        String shown = name == null || name.equals(id) ? id : name;
        return shown + " " + version + (shown.equals(id) ? "" : " (" + id + ")"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    }

    /** The extension points it contributes to that the running Podium reads only at start ({@link FollowedPoints}). */
    public List<String> pointsNeedingRestart() {
        List<String> points = new ArrayList<>();
        for (String point : extensionPoints) {
            if (!FollowedPoints.isFollowed(point)) {
                points.add(point);
            }
        }
        return points;
    }

    private static PluginJar invalid(Path path, String problem) {
        return new PluginJar(path, null, Version.emptyVersion, null, null, null, false, false, Set.of(), problem);
    }

    private static String text(Attributes main, String header, Properties texts) {
        String value = main.getValue(header);
        if (value != null && value.startsWith("%")) { //$NON-NLS-1$
            value = texts.getProperty(value.substring(1), value);
        }
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The manifest's translations for the user's language, as the framework would pick them. */
    private static Properties localization(JarFile file, String base) throws IOException {
        String name = base == null ? "OSGI-INF/l10n/bundle" : base; //$NON-NLS-1$
        Locale locale = Locale.getDefault();
        Properties texts = new Properties();
        for (String suffix : new String[] { "", "_" + locale.getLanguage(), "_" + locale }) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            ZipEntry entry = file.getEntry(name + suffix + ".properties"); //$NON-NLS-1$
            if (entry != null) {
                try (InputStream in = file.getInputStream(entry)) {
                    texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                }
            }
        }
        return texts;
    }

    private static Set<String> extensionPoints(JarFile file) throws IOException {
        Set<String> points = new LinkedHashSet<>();
        ZipEntry entry = file.getEntry("plugin.xml"); //$NON-NLS-1$
        if (entry == null) {
            return points;
        }
        try (InputStream in = file.getInputStream(entry)) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false); //$NON-NLS-1$
            factory.setExpandEntityReferences(false);
            NodeList extensions = factory.newDocumentBuilder().parse(in).getElementsByTagName("extension"); //$NON-NLS-1$
            for (int i = 0; i < extensions.getLength(); i++) {
                points.add(((Element) extensions.item(i)).getAttribute("point")); //$NON-NLS-1$
            }
        } catch (ParserConfigurationException | SAXException e) {
            // the extension registry reports a broken plugin.xml itself; no restart can help it
        }
        return points;
    }
}
