/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.lang.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.texteditor.ITextEditor;

import podium.xtext.jface.DocumentSync;
import podium.xtext.jface.Positions;

/**
 * The breadcrumbs above the plan editor: the file, then the elements containing the caret (plan ›
 * split › share). Clicking an element selects its name in the editor. The symbols come from the
 * language server after each validation; a caret move only walks them again.
 */
final class BreadcrumbBar {
    static final String SEPARATOR = "›"; //$NON-NLS-1$

    private final Composite bar;
    private final ITextEditor editor;
    private List<DocumentSymbol> symbols = List.of();
    private final List<String> shown = new ArrayList<>();

    BreadcrumbBar(Composite parent, ITextEditor editor) {
        this.editor = editor;
        bar = new Composite(parent, SWT.NONE);
        RowLayout layout = new RowLayout(SWT.HORIZONTAL);
        layout.wrap = false;
        layout.center = true;
        layout.marginTop = 2;
        layout.marginBottom = 2;
        layout.spacing = 4;
        bar.setLayout(layout);
        bar.setData("org.eclipse.e4.ui.css.id", "PodiumBreadcrumbs"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    Control control() {
        return bar;
    }

    /** The texts shown, file first, without the separators (for the tests). */
    List<String> texts() {
        return List.copyOf(shown);
    }

    /** Asks the server for the document's symbols again, then shows the path at {@code caret}. */
    void refresh(DocumentSync sync, IDocument document) {
        sync.session().server().documentSymbol(new DocumentSymbolParams(sync.identifier())).thenAccept(result -> {
            List<DocumentSymbol> roots = result.stream().filter(Either::isRight).map(Either::getRight).toList();
            if (!bar.isDisposed()) {
                bar.getDisplay().asyncExec(() -> {
                    if (!bar.isDisposed()) {
                        symbols = roots;
                        caretMoved(document);
                    }
                });
            }
        });
    }

    void caretMoved(IDocument document) {
        if (bar.isDisposed() || document == null) {
            return;
        }
        int caret = editor.getSelectionProvider() == null ? 0
                : ((ITextSelection) editor.getSelectionProvider().getSelection()).getOffset();
        List<DocumentSymbol> path = BreadcrumbPath.at(symbols, Positions.toPosition(document, caret));
        List<String> texts = new ArrayList<>();
        texts.add(editor.getEditorInput() == null ? "" : editor.getEditorInput().getName()); //$NON-NLS-1$
        path.forEach(symbol -> texts.add(symbol.getName()));
        if (!texts.equals(shown)) {
            show(texts, path, document);
        }
    }

    private void show(List<String> texts, List<DocumentSymbol> path, IDocument document) {
        for (Control child : bar.getChildren()) {
            child.dispose();
        }
        shown.clear();
        shown.addAll(texts);
        new Label(bar, SWT.NONE).setText(texts.get(0));
        for (DocumentSymbol symbol : path) {
            new Label(bar, SWT.NONE).setText(SEPARATOR);
            Label crumb = new Label(bar, SWT.NONE);
            crumb.setText(symbol.getName());
            crumb.setToolTipText(symbol.getDetail() == null || symbol.getDetail().isEmpty() ? symbol.getName()
                    : symbol.getName() + " : " + symbol.getDetail()); //$NON-NLS-1$
            crumb.setCursor(bar.getDisplay().getSystemCursor(SWT.CURSOR_HAND));
            crumb.addListener(SWT.MouseUp, e -> open(symbol, document));
        }
        bar.requestLayout();
    }

    /** Selects the element's name, as choosing it in the outline does. */
    void open(DocumentSymbol symbol, IDocument document) {
        IRegion region = Positions.toRegion(document, symbol.getSelectionRange());
        editor.selectAndReveal(region.getOffset(), region.getLength());
        editor.setFocus();
    }

    /** The clickable element labels, outermost first (for the tests). */
    List<Label> crumbs() {
        List<Label> crumbs = new ArrayList<>();
        Control[] children = bar.getChildren();
        for (int i = 2; i < children.length; i += 2) {
            crumbs.add((Label) children[i]);
        }
        return crumbs;
    }
}
