/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.xtext.jface;

import java.util.List;
import java.util.function.Supplier;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;

/** The Outline view of a document: the server's document symbols as a tree; selecting one reveals it. */
public final class SymbolOutlinePage extends ContentOutlinePage {
    private final ITextEditor editor;
    private final Supplier<DocumentSync> sync;

    public SymbolOutlinePage(ITextEditor editor, Supplier<DocumentSync> sync) {
        this.editor = editor;
        this.sync = sync;
    }

    @Override
    public void createControl(Composite parent) {
        super.createControl(parent);
        TreeViewer viewer = getTreeViewer();
        viewer.setContentProvider(new SymbolContent());
        viewer.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                DocumentSymbol symbol = (DocumentSymbol) element;
                return symbol.getDetail() == null || symbol.getDetail().isEmpty() ? symbol.getName()
                        : symbol.getName() + " : " + symbol.getDetail();
            }
        });
        viewer.setAutoExpandLevel(2);
        viewer.addSelectionChangedListener(event -> reveal((IStructuredSelection) event.getSelection()));
        refresh();
    }

    /** The tree of symbols, e.g. for tests. */
    public TreeViewer symbolTree() {
        return getTreeViewer();
    }

    /** Asks the server for the symbols again; call after each validation. */
    public void refresh() {
        DocumentSync documentSync = sync.get();
        TreeViewer viewer = getTreeViewer();
        if (documentSync == null || viewer == null) {
            return;
        }
        documentSync.session().server().documentSymbol(new DocumentSymbolParams(documentSync.identifier()))
                .thenAccept(symbols -> viewer.getControl().getDisplay().asyncExec(() -> show(symbols)));
    }

    private void show(List<Either<SymbolInformation, DocumentSymbol>> symbols) {
        Control control = getControl();
        if (control == null || control.isDisposed()) {
            return;
        }
        List<DocumentSymbol> roots = symbols.stream().filter(Either::isRight).map(Either::getRight).toList();
        // New symbols each time: the tree opens two levels deep again (setAutoExpandLevel).
        getTreeViewer().setInput(roots);
    }

    private void reveal(IStructuredSelection selection) {
        if (selection.getFirstElement() instanceof DocumentSymbol symbol) {
            IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
            IRegion region = Positions.toRegion(document, symbol.getSelectionRange());
            editor.selectAndReveal(region.getOffset(), region.getLength());
        }
    }

    /** Tree content over the symbol hierarchy. */
    private static final class SymbolContent implements ITreeContentProvider {
        @Override
        public Object[] getElements(Object input) {
            return ((List<?>) input).toArray();
        }

        @Override
        public Object[] getChildren(Object parent) {
            List<DocumentSymbol> children = ((DocumentSymbol) parent).getChildren();
            return children == null ? new Object[0] : children.toArray();
        }

        @Override
        public Object getParent(Object element) {
            return null;
        }

        @Override
        public boolean hasChildren(Object element) {
            List<DocumentSymbol> children = ((DocumentSymbol) element).getChildren();
            return children != null && !children.isEmpty();
        }
    }
}
