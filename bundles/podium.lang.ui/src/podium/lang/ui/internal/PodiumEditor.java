/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.lang.ui.internal;

import java.net.URI;
import java.util.List;
import java.util.ListResourceBundle;
import java.util.ResourceBundle;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.text.source.IOverviewRuler;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.text.source.IVerticalRuler;
import org.eclipse.jface.text.source.projection.ProjectionSupport;
import org.eclipse.jface.text.source.projection.ProjectionViewer;
import org.eclipse.jface.util.IPropertyChangeListener;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IURIEditorInput;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.editors.text.TextEditor;
import org.eclipse.ui.part.FileEditorInput;
import org.eclipse.ui.texteditor.IDocumentProvider;
import org.eclipse.ui.texteditor.ContentAssistAction;
import org.eclipse.ui.texteditor.IStatusField;
import org.eclipse.ui.texteditor.ITextEditorActionConstants;
import org.eclipse.ui.texteditor.ITextEditorActionDefinitionIds;
import org.eclipse.ui.themes.IThemeManager;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;

import podium.xtext.jface.DiagnosticsListener;
import podium.xtext.jface.DocumentSync;
import podium.xtext.jface.FoldingUpdater;
import podium.xtext.jface.LanguageSession;
import podium.xtext.jface.OccurrencesMarker;
import podium.xtext.jface.SemanticHighlighter;
import podium.xtext.jface.SymbolOutlinePage;
import podium.xtext.jface.Uris;
import podium.xtext.jface.XtextSourceViewerConfiguration;

/**
 * The plan editor: a JFace text editor whose document is kept in sync with the in-process Podium
 * language server, which answers for problems, assist, hover, links, outline, folding and fixes.
 */
public final class PodiumEditor extends TextEditor implements DiagnosticsListener {
    public static final String ID = "podium.lang.ui.editor";
    public static final String CONTEXT_ID = "podium.lang.ui.editorContext";

    /** Static: the configuration needs it in initializeEditor(), before the fields are set. */
    private static final PodiumStyles STYLES = new PodiumStyles();
    private final FoldingUpdater folding = new FoldingUpdater();
    private DocumentSync sync;
    private SemanticHighlighter semantic;
    private OccurrencesMarker occurrences;
    private SymbolOutlinePage outline;
    private ProjectionSupport projection;
    private BreadcrumbBar breadcrumbs;
    /** Repaints with the theme's colours when they change (a theme switch, Colors and Fonts). */
    private final IPropertyChangeListener themeColors = event -> {
        if (PodiumStyles.isEditorColor(event.getProperty()) || IThemeManager.CHANGE_CURRENT_THEME.equals(event.getProperty())) {
            recolour();
        }
    };

    @Override
    protected void initializeEditor() {
        super.initializeEditor();
        setDocumentProvider(new PodiumDocumentProvider());
        setSourceViewerConfiguration(new XtextSourceViewerConfiguration(getPreferenceStore(),
                PodiumLanguage.injector(), STYLES, this::sync, origin -> new EditTargets()) {
            @Override
            protected Map<String, String> tokenStyleIds() {
                return PodiumStyles.TERMINALS;
            }
        });
        setEditorContextMenuId("#PodiumEditorContext");
    }

    @Override
    protected void initializeKeyBindingScopes() {
        setKeyBindingScopes(new String[] { CONTEXT_ID });
    }

    /** Ctrl+Space: TextEditor itself has no content assist action, only the viewer operation. */
    @Override
    protected void createActions() {
        super.createActions();
        ResourceBundle labels = new ListResourceBundle() {
            @Override
            protected Object[][] getContents() {
                return new Object[][] { { "ContentAssistProposal.label", Messages.PodiumEditor_contentAssist } };
            }
        };
        ContentAssistAction assist = new ContentAssistAction(labels, "ContentAssistProposal.", this);
        assist.setActionDefinitionId(ITextEditorActionDefinitionIds.CONTENT_ASSIST_PROPOSALS);
        setAction("ContentAssistProposal", assist);
        markAsStateDependentAction("ContentAssistProposal", true);
    }

    @Override
    protected ISourceViewer createSourceViewer(Composite parent, IVerticalRuler ruler, int styles) {
        IOverviewRuler overview = getOverviewRuler();
        ProjectionViewer viewer = new ProjectionViewer(parent, ruler, overview, isOverviewRulerVisible(), styles);
        getSourceViewerDecorationSupport(viewer);
        return viewer;
    }

    @Override
    public void createPartControl(Composite parent) {
        Composite area = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().spacing(0, 0).applyTo(area);
        breadcrumbs = new BreadcrumbBar(area, this);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(breadcrumbs.control());
        Composite text = new Composite(area, SWT.NONE);
        text.setLayout(new FillLayout());
        GridDataFactory.fillDefaults().grab(true, true).applyTo(text);
        super.createPartControl(text);
        ProjectionViewer viewer = (ProjectionViewer) getSourceViewer();
        projection = new ProjectionSupport(viewer, getAnnotationAccess(), getSharedColors());
        projection.install();
        viewer.doOperation(ProjectionViewer.TOGGLE);
        semantic = new SemanticHighlighter(viewer, STYLES);
        occurrences = new OccurrencesMarker(viewer, this::sync);
        viewer.addPostSelectionChangedListener(occurrences);
        viewer.addPostSelectionChangedListener(event -> breadcrumbs.caretMoved(viewer.getDocument()));
        PlatformUI.getWorkbench().getThemeManager().addPropertyChangeListener(themeColors);
        refreshFromServer();
    }

    private void recolour() {
        ISourceViewer viewer = getSourceViewer();
        if (viewer != null && viewer.getTextWidget() != null && !viewer.getTextWidget().isDisposed()) {
            viewer.invalidateTextPresentation();
            refreshFromServer();
        }
    }

    @Override
    protected void doSetInput(IEditorInput input) throws CoreException {
        closeSync();
        super.doSetInput(input);
        updateTabNames(null);
        IDocument document = getDocumentProvider().getDocument(input);
        IURIEditorInput uriInput = input == null ? null : input.getAdapter(IURIEditorInput.class);
        URI location = uriInput == null ? null : uriInput.getURI();
        if (document != null && location != null && "file".equals(location.getScheme())) {
            LanguageSession running = PodiumLanguage.runningSession();
            if (running != null) {
                connect(running, document, location);
            } else {
                // The first editor of a start shows its text at once and connects when the session runs
                // (it indexes and validates the workspace first): what is typed meanwhile is in the
                // document, which DocumentSync sends whole when it opens.
                Display display = PlatformUI.getWorkbench().getDisplay();
                IEditorInput connecting = input;
                PodiumLanguage.sessionStarted().thenAccept(session -> {
                    if (!display.isDisposed()) {
                        display.asyncExec(() -> connectLater(session, connecting, location));
                    }
                });
            }
        }
    }

    /**
     * Save As of a plan file picks a file on disk in the system's dialog ({@link SaveAsLocation}); the text is
     * saved there as every save is (atomically) and the editor goes on with the new file, as the platform's own
     * Save As does for a file outside the workspace.
     */
    @Override
    protected void performSaveAs(IProgressMonitor monitor) {
        IEditorInput input = getEditorInput();
        IFile file = input == null ? null : input.getAdapter(IFile.class);
        if (file == null || file.getLocation() == null) {
            super.performSaveAs(monitor);
            return;
        }
        Shell shell = getSite().getShell();
        java.nio.file.Path chosen = SaveAsLocation.chooser.apply(shell, file.getLocation().toPath());
        if (chosen != null && chosen.toAbsolutePath().normalize().equals(file.getLocation().toPath())) {
            // its own file, chosen again (a plan deleted on disk is saved back where it was): a save, not a new
            // input, which would reopen the same document in the language server over the one still open
            performSave(true, monitor);
            return;
        }
        boolean saved = false;
        if (chosen != null) {
            IDocumentProvider provider = getDocumentProvider();
            IEditorInput saveAs = null;
            try {
                // not the editor's monitor: the save below begins its task, which a monitor allows once
                saveAs = new FileEditorInput(SaveAsLocation.fileAt(chosen, null));
                provider.aboutToChange(saveAs);
                provider.saveDocument(monitor, saveAs, provider.getDocument(input), true);
                saved = true;
            } catch (CoreException e) {
                ErrorDialog.openError(shell, Messages.SaveAs_title, null, e.getStatus());
            } finally {
                if (saveAs != null) {
                    provider.changed(saveAs);
                }
            }
            if (saved) {
                setInput(saveAs);
            }
        }
        if (monitor != null) {
            monitor.setCanceled(!saved);
        }
    }

    /** The file's place on disk: the workspace path would name the project the folder is shown in too. */
    @Override
    public String getTitleToolTip() {
        IFile file = getEditorInput() == null ? null : getEditorInput().getAdapter(IFile.class);
        return file != null && file.getLocation() != null ? file.getLocation().toOSString() : super.getTitleToolTip();
    }

    /** After super.doSetInput() has named the tab after the file: a name shared with another plan gets its folder. */
    private void updateTabNames(PodiumEditor closing) {
        IWorkbenchPage page = getSite() == null ? null : getSite().getPage();
        if (page != null) {
            TabNames.update(page, closing == null ? this : null, closing);
        }
    }

    /** The tab's title, from {@link TabNames}; the tooltip stays the file's path on disk. */
    void showTabName(String name) {
        if (!name.equals(getPartName())) {
            setPartName(name);
        }
    }

    private void connectLater(LanguageSession session, IEditorInput connecting, URI location) {
        IDocument document = getDocumentProvider() == null ? null : getDocumentProvider().getDocument(connecting);
        if (getEditorInput() == connecting && sync == null && getSourceViewer() != null && document != null) {
            connect(session, document, location);
            refreshFromServer();
        }
    }

    private void connect(LanguageSession session, IDocument document, URI location) {
        sync = DocumentSync.open(session, Uris.of(java.nio.file.Path.of(location)), document,
                DocumentSync.DEFAULT_DELAY_MILLIS);
        session.addDiagnosticsListener(this);
    }

    /**
     * The document's link to the language server, or null for input that is not a local file and,
     * briefly, while the first editor of a start waits for the session.
     */
    public DocumentSync sync() {
        return sync;
    }

    @Override
    public void diagnosticsChanged(String uri, List<Diagnostic> diagnostics) {
        DocumentSync current = sync;
        if (current != null && current.uri().equals(uri)) {
            Display.getDefault().asyncExec(this::refreshFromServer);
        }
    }

    /** After each validation: semantic colours, folds and the outline follow the new parse. */
    private void refreshFromServer() {
        DocumentSync current = sync;
        ISourceViewer viewer = getSourceViewer();
        if (current == null || viewer == null || viewer.getTextWidget() == null || viewer.getTextWidget().isDisposed()) {
            return;
        }
        Display display = viewer.getTextWidget().getDisplay();
        SemanticHighlighter.compute(current.session(), current.uri()).thenAccept(highlights -> display.asyncExec(() -> {
            if (current == sync && current.isInSync() && viewer.getTextWidget() != null
                    && !viewer.getTextWidget().isDisposed()) {
                semantic.update(highlights);
            }
        }));
        FoldingUpdater.compute(current).thenAccept(ranges -> display.asyncExec(() -> {
            ProjectionViewer projectionViewer = (ProjectionViewer) viewer;
            if (current == sync && current.isInSync() && viewer.getTextWidget() != null
                    && projectionViewer.getProjectionAnnotationModel() != null) {
                folding.update(projectionViewer.getProjectionAnnotationModel(), current.document(), ranges);
            }
        }));
        if (outline != null) {
            outline.refresh();
        }
        breadcrumbs.refresh(current, current.document());
    }

    /** The breadcrumbs above the text, for the tests. */
    BreadcrumbBar breadcrumbs() {
        return breadcrumbs;
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        if (IContentOutlinePage.class.equals(adapter)) {
            if (outline == null) {
                outline = new SymbolOutlinePage(this, this::sync);
            }
            return adapter.cast(outline);
        }
        return super.getAdapter(adapter);
    }

    /** The caret as line:column (IntelliJ's form) and the encoding field, which the platform does not fill. */
    @Override
    protected void updateStatusField(String category) {
        IStatusField field = getStatusField(category);
        ISourceViewer viewer = getSourceViewer();
        if (field != null && viewer != null && ITextEditorActionConstants.STATUS_CATEGORY_INPUT_POSITION.equals(category)) {
            field.setText(CaretStatus.position(viewer.getDocument(), caretOffset()));
        } else if (field != null && CaretStatus.ENCODING_CATEGORY.equals(category)) {
            field.setText(CaretStatus.encoding(getEditorInput()));
        } else {
            super.updateStatusField(category);
        }
    }

    /** The caret offset, for the editor's commands. */
    public int caretOffset() {
        return ((ITextSelection) getSelectionProvider().getSelection()).getOffset();
    }

    /** Occurrences marked around the caret now. */
    public int markedOccurrences() {
        return occurrences == null ? 0 : occurrences.markedCount();
    }

    public int foldCount() {
        return folding.size();
    }

    private void closeSync() {
        if (sync != null) {
            sync.session().removeDiagnosticsListener(this);
            sync.close();
            sync = null;
        }
    }

    @Override
    public void dispose() {
        PlatformUI.getWorkbench().getThemeManager().removePropertyChangeListener(themeColors);
        updateTabNames(this);
        closeSync();
        if (semantic != null) {
            semantic.dispose();
        }
        if (projection != null) {
            projection.dispose();
        }
        super.dispose();
    }
}
