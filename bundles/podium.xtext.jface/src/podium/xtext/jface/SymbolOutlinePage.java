/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.xtext.jface;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
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
    /** Set while the tree's state is carried over to new symbols: that selection must not move the caret. */
    private boolean restoring;

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
        TreeViewer viewer = getTreeViewer();
        if (viewer.getInput() == null) {
            viewer.setInput(roots); // opens two levels deep (setAutoExpandLevel)
            return;
        }
        if (roots.equals(viewer.getInput())) {
            return;
        }
        // Every validation brings new symbol objects: carry what the user expanded, collapsed and
        // selected over by each symbol's path of names, instead of opening the tree afresh.
        SymbolPaths before = new SymbolPaths(viewer.getInput());
        Set<List<String>> expanded = new HashSet<>();
        for (Object element : viewer.getExpandedElements()) {
            expanded.add(before.pathOf(element));
        }
        Object selected = ((IStructuredSelection) viewer.getSelection()).getFirstElement();
        List<String> selectedPath = selected == null ? null : before.pathOf(selected);
        control.setRedraw(false);
        restoring = true;
        try {
            viewer.setAutoExpandLevel(1);
            viewer.setInput(roots);
            SymbolPaths after = new SymbolPaths(roots);
            viewer.setExpandedElements(after.withPaths(expanded).toArray());
            DocumentSymbol reselected = selectedPath == null ? null : after.symbolAt(selectedPath);
            if (reselected != null) {
                viewer.setSelection(new StructuredSelection(reselected));
            }
        } finally {
            restoring = false;
            control.setRedraw(true);
        }
    }

    private void reveal(IStructuredSelection selection) {
        if (!restoring && selection.getFirstElement() instanceof DocumentSymbol symbol) {
            IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
            IRegion region = Positions.toRegion(document, symbol.getSelectionRange());
            editor.selectAndReveal(region.getOffset(), region.getLength());
        }
    }

    /**
     * Each symbol of a tree by its path: the names (with kind and position among equal siblings) from
     * the root down, which survive a revalidation while the symbol objects do not.
     */
    private static final class SymbolPaths {
        private final Map<Object, List<String>> paths = new IdentityHashMap<>();
        private final Map<List<String>, DocumentSymbol> symbols = new HashMap<>();

        SymbolPaths(Object input) {
            if (input instanceof List<?> roots) {
                index(roots, List.of());
            }
        }

        private void index(List<?> level, List<String> parent) {
            Map<String, Integer> seen = new HashMap<>();
            for (Object element : level) {
                DocumentSymbol symbol = (DocumentSymbol) element;
                String name = symbol.getKind() + ":" + symbol.getName();
                List<String> path = new ArrayList<>(parent);
                path.add(name + "#" + seen.merge(name, 1, Integer::sum));
                paths.put(symbol, path);
                symbols.putIfAbsent(path, symbol);
                if (symbol.getChildren() != null) {
                    index(symbol.getChildren(), path);
                }
            }
        }

        List<String> pathOf(Object symbol) {
            return paths.get(symbol);
        }

        DocumentSymbol symbolAt(List<String> path) {
            return symbols.get(path);
        }

        List<DocumentSymbol> withPaths(Set<List<String>> wanted) {
            return wanted.stream().map(symbols::get).filter(Objects::nonNull).toList();
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
