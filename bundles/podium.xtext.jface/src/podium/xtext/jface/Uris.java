/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.xtext.jface;

import java.nio.file.Path;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.ide.server.UriExtensions;

/** Converts between file paths and the URI strings the language server uses, in one normal form. */
public final class Uris {
    private static final UriExtensions EXTENSIONS = new UriExtensions();

    private Uris() {
    }

    /** The server's spelling of a URI ({@code file:///...}), so that URIs can be compared as strings. */
    public static String normalize(String uri) {
        return EXTENSIONS.toUriString(toEmf(uri));
    }

    public static String of(Path path) {
        return EXTENSIONS.toUriString(URI.createFileURI(path.toAbsolutePath().normalize().toString()));
    }

    public static Path toPath(String uri) {
        URI emf = toEmf(uri);
        return Path.of(emf.toFileString());
    }

    static URI toEmf(String uri) {
        return EXTENSIONS.toUri(uri);
    }
}
