/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.ui.internal.welcome;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import podium.ui.internal.Messages;

/**
 * The plan templates of the welcome page, each a small, valid, commented workspace in this bundle's
 * {@code templates/} folder. A new plan is a copy in a new folder; nothing existing is overwritten.
 */
public final class Templates {

    /** One template: its folder under templates/, its name (the new folder's too) and what it holds. */
    public record Template(String id, String name, String description) {
    }

    private static final String EXAMPLES = "examples/"; //$NON-NLS-1$

    private Templates() {
    }

    public static List<Template> all() {
        return List.of(
                new Template("fdi", Messages.Template_fdi, Messages.Template_fdi_description), //$NON-NLS-1$
                new Template("exports", Messages.Template_exports, Messages.Template_exports_description), //$NON-NLS-1$
                new Template("investment", Messages.Template_investment, Messages.Template_investment_description), //$NON-NLS-1$
                new Template("petitions", Messages.Template_petitions, Messages.Template_petitions_description), //$NON-NLS-1$
                new Template("education", Messages.Template_education, Messages.Template_education_description)); //$NON-NLS-1$
    }

    /**
     * Copies {@code template} into a new folder under {@code parent} named after it ("利用外资", then
     * "利用外资 (2)" if that exists) and returns the new folder.
     */
    public static Path create(Template template, Path parent) throws IOException {
        String root = "templates/" + template.id() + "/"; //$NON-NLS-1$ //$NON-NLS-2$
        List<URL> entries = entries(root);
        Path target = newFolder(parent, template.name());
        copy(entries, root, target);
        return target;
    }

    /**
     * The example workspace, copied from this bundle into {@code folder} the first time (the
     * installation may be read-only, and the shipped example stays as it was); later the copy is
     * opened as the user left it.
     */
    public static Path examples(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            Path staging = Files.createDirectories(folder.getParent()).resolve(folder.getFileName() + ".part"); //$NON-NLS-1$
            copy(entries(EXAMPLES), EXAMPLES, Files.createDirectories(staging));
            Files.move(staging, folder);
        }
        return folder;
    }

    /** Whether the example workspace was built into this bundle (by podium.ui's pom, from examples/). */
    public static boolean hasExamples() {
        Bundle bundle = FrameworkUtil.getBundle(Templates.class);
        return bundle != null && bundle.getEntry(EXAMPLES) != null;
    }

    private static List<URL> entries(String root) throws IOException {
        Bundle bundle = FrameworkUtil.getBundle(Templates.class);
        Enumeration<URL> found = bundle == null ? null : bundle.findEntries(root, "*", true); //$NON-NLS-1$
        if (found == null || !found.hasMoreElements()) {
            throw new IOException(root + " is missing from " + (bundle == null ? "?" : bundle.getSymbolicName())); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return Collections.list(found);
    }

    private static void copy(List<URL> entries, String root, Path target) throws IOException {
        for (URL entry : entries) {
            String path = entry.getPath();
            String relative = path.substring(path.indexOf(root) + root.length());
            if (relative.isEmpty() || relative.endsWith("/")) { //$NON-NLS-1$
                Files.createDirectories(target.resolve(relative));
                continue;
            }
            Path file = target.resolve(relative);
            Files.createDirectories(file.getParent());
            try (InputStream in = entry.openStream()) {
                Files.copy(in, file);
            }
        }
    }

    private static Path newFolder(Path parent, String name) throws IOException {
        for (int i = 1; i < 100; i++) {
            Path candidate = parent.resolve(i == 1 ? name : name + " (" + i + ")"); //$NON-NLS-1$ //$NON-NLS-2$
            if (!Files.exists(candidate)) {
                return Files.createDirectories(candidate);
            }
        }
        throw new IOException(parent + " already holds 99 folders named " + name); //$NON-NLS-1$
    }
}
