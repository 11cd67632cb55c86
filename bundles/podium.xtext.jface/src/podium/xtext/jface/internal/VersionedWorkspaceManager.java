/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.xtext.jface.internal;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.WorkspaceManager;

/**
 * Xtext's workspace manager, telling which version of an open document the server holds. Xtext's
 * published diagnostics carry no version; read while diagnostics are published (on the server's
 * write thread, inside the build that produced them), this is the version they were computed from.
 */
public class VersionedWorkspaceManager extends WorkspaceManager {

    /** The version of the open document the server holds, or null if the document is not open. */
    public Integer openVersion(URI uri) {
        Document document = getOpenDocuments().get(uri);
        return document == null ? null : document.getVersion();
    }
}
