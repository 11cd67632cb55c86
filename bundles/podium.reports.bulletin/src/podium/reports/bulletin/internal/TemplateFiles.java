/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.reports.bulletin.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.eclipse.osgi.util.NLS;

import freemarker.cache.TemplateLoader;

/**
 * Where bulletin templates come from: the workspace's {@value #FOLDER} folder first, so that a user's
 * copy of a template replaces the built-in one, then the bundle's own {@value #FOLDER} folder. Files are
 * read as UTF-8 (a BOM is skipped) and, when they are not valid UTF-8, as GB18030 (Windows editors
 * save Chinese text in the local code page).
 */
public final class TemplateFiles implements TemplateLoader {

    /** The folder of templates, in the workspace and in this bundle. */
    public static final String FOLDER = "templates"; //$NON-NLS-1$

    private static final Charset GB18030 = Charset.forName("GB18030"); //$NON-NLS-1$

    /** A template shipped with the bundle; equal by name (URL.equals may resolve host names). */
    private record BuiltIn(String name, URL url) {
        @Override
        public boolean equals(Object other) {
            return other instanceof BuiltIn b && b.name.equals(name);
        }

        @Override
        public int hashCode() {
            return name.hashCode();
        }
    }

    private final Path userFolder;

    /** Templates of the workspace {@code folder} (null: only the built-in ones). */
    public TemplateFiles(Path folder) {
        this.userFolder = folder == null ? null : folder.resolve(FOLDER);
    }

    /** The user's template {@code name}, if the workspace has one. */
    public Path userTemplate(String name) {
        if (userFolder == null) {
            return null;
        }
        Path file = userFolder.resolve(name).normalize();
        return file.startsWith(userFolder.normalize()) && Files.isRegularFile(file) ? file : null;
    }

    /** The template as the user knows it: its path in the workspace, or its name marked as built in. */
    public String shown(String name) {
        Path file = name == null ? null : userTemplate(name);
        return file != null ? file.toString() : NLS.bind(Messages.Template_builtIn, name);
    }

    @Override
    public Object findTemplateSource(String name) {
        Path file = userTemplate(name);
        if (file != null) {
            return file;
        }
        URL url = TemplateFiles.class.getResource("/" + FOLDER + "/" + name); //$NON-NLS-1$ //$NON-NLS-2$
        return url == null ? null : new BuiltIn(name, url);
    }

    @Override
    public long getLastModified(Object source) {
        return -1;
    }

    @Override
    public Reader getReader(Object source, String encoding) throws IOException {
        byte[] bytes;
        if (source instanceof Path file) {
            bytes = Files.readAllBytes(file);
        } else {
            try (InputStream in = ((BuiltIn) source).url().openStream()) {
                bytes = in.readAllBytes();
            }
        }
        return new StringReader(decode(bytes));
    }

    @Override
    public void closeTemplateSource(Object source) {
        // nothing stays open: getReader reads the whole file
    }

    /** UTF-8 without its BOM, else GB18030. */
    static String decode(byte[] bytes) {
        byte[] text = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? Arrays.copyOfRange(bytes, 3, bytes.length) : bytes;
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(text)).toString();
        } catch (CharacterCodingException e) {
            return new String(text, GB18030);
        }
    }
}
