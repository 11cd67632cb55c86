/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.lang.ui.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.xtext.ide.server.Document;

import podium.xtext.jface.Diagnostics;
import podium.xtext.jface.DiagnosticsListener;
import podium.xtext.jface.LanguageSession;
import podium.xtext.jface.Locations;

/**
 * Mirrors the server's diagnostics as problem markers (Problems view, editor rulers); bursts of
 * publications are coalesced into one marker job that writes only each file's latest problems.
 */
final class MarkerUpdater implements DiagnosticsListener {
    public static final String MARKER_TYPE = "podium.lang.ui.problem";
    public static final String CODE = "code";

    private final LanguageSession session;
    private final Map<String, List<Diagnostic>> pending = new LinkedHashMap<>();
    private final WorkspaceJob job = new WorkspaceJob(Messages.MarkerUpdater_job) {
        @Override
        public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
            drain();
            return Status.OK_STATUS;
        }
    };

    MarkerUpdater(LanguageSession session) {
        this.session = session;
        job.setSystem(true);
        job.setRule(ResourcesPlugin.getWorkspace().getRoot());
    }

    @Override
    public void diagnosticsChanged(String uri, List<Diagnostic> diagnostics) {
        synchronized (pending) {
            pending.put(uri, diagnostics);
        }
        job.schedule();
    }

    private void drain() throws CoreException {
        Map<String, List<Diagnostic>> batch;
        synchronized (pending) {
            batch = new LinkedHashMap<>(pending);
            pending.clear();
        }
        for (Map.Entry<String, List<Diagnostic>> entry : batch.entrySet()) {
            IFile file = Locations.file(entry.getKey());
            if (file != null && file.exists()) {
                replaceMarkers(file, text(entry.getKey(), entry.getValue()), entry.getValue());
            }
        }
    }

    /**
     * The text the diagnostics were computed on, for the markers' offsets; null when there are none to place or
     * the server cannot give it (the file is gone on disk since): those markers keep their line, and the other
     * files of the batch still get theirs.
     */
    private Document text(String uri, List<Diagnostic> diagnostics) {
        if (diagnostics.isEmpty()) {
            return null; // reading would load a file the server has dropped back into its models
        }
        try {
            return session.readNow(uri, (document, resource) -> document);
        } catch (RuntimeException e) {
            ILog.get().warn("Problems of " + uri + " are shown without their columns: " + e.getMessage());
            return null;
        }
    }

    private static void replaceMarkers(IFile file, Document text, List<Diagnostic> diagnostics) throws CoreException {
        List<Map<String, Object>> markers = new ArrayList<>();
        for (Diagnostic diagnostic : diagnostics) {
            Map<String, Object> attributes = new LinkedHashMap<>();
            attributes.put(IMarker.SEVERITY, severity(diagnostic));
            attributes.put(IMarker.MESSAGE, Diagnostics.describe(diagnostic));
            attributes.put(IMarker.LINE_NUMBER, diagnostic.getRange().getStart().getLine() + 1);
            attributes.put(IMarker.LOCATION, Messages.bind(Messages.MarkerUpdater_location,
                    diagnostic.getRange().getStart().getLine() + 1, diagnostic.getRange().getStart().getCharacter() + 1));
            String code = Diagnostics.code(diagnostic);
            if (code != null) {
                attributes.put(CODE, code);
            }
            if (text != null) {
                int start = offset(text, diagnostic.getRange().getStart());
                attributes.put(IMarker.CHAR_START, start);
                attributes.put(IMarker.CHAR_END, Math.max(start + 1, offset(text, diagnostic.getRange().getEnd())));
            }
            markers.add(attributes);
        }
        if (sameMarkers(file, markers)) {
            return; // a file is republished after every build that touches it: no flicker, no resource delta
        }
        file.deleteMarkers(MARKER_TYPE, false, IResource.DEPTH_ZERO);
        for (Map<String, Object> attributes : markers) {
            file.createMarker(MARKER_TYPE, attributes);
        }
    }

    private static boolean sameMarkers(IFile file, List<Map<String, Object>> markers) throws CoreException {
        IMarker[] existing = file.findMarkers(MARKER_TYPE, false, IResource.DEPTH_ZERO);
        if (existing.length != markers.size()) {
            return false;
        }
        List<Map<String, Object>> remaining = new ArrayList<>(markers);
        for (IMarker marker : existing) {
            if (!remaining.remove(marker.getAttributes())) {
                return false;
            }
        }
        return true;
    }

    private static int offset(Document text, org.eclipse.lsp4j.Position position) {
        try {
            return text.getOffSet(position);
        } catch (IndexOutOfBoundsException e) {
            return text.getContents().length();
        }
    }

    private static int severity(Diagnostic diagnostic) {
        DiagnosticSeverity severity = Diagnostics.severity(diagnostic);
        return severity == DiagnosticSeverity.Error ? IMarker.SEVERITY_ERROR
                : severity == DiagnosticSeverity.Warning ? IMarker.SEVERITY_WARNING : IMarker.SEVERITY_INFO;
    }
}
