/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.search.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.dialogs.PopupDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.StyledCellLabelProvider;
import org.eclipse.jface.viewers.StyledString;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.ViewerCell;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.graphics.TextStyle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;

import podium.search.SearchCategory;
import podium.search.SearchSession;
import podium.search.SearchSession.Group;
import podium.search.SearchSession.Result;

/**
 * The Search Everywhere popup: a field on top, the results below grouped by category, the matched
 * characters marked. ↑/↓ choose, Enter opens, Tab narrows to one category after the other, Esc closes.
 * The providers run once, in a job, when the popup opens; each keystroke only matches again.
 */
final class SearchPopup extends PopupDialog {

    /** Shell data key by which tests find the popup. */
    static final String SHELL_KEY = "podium.search.popup"; //$NON-NLS-1$

    private static final int SHOWN_PER_CATEGORY = 8;
    private static final int SHOWN_IN_ONE_CATEGORY = 100;

    /** A line of the list: a category's heading, a result, or a note (nothing found, searching). */
    record Row(Group heading, Result result, String note) {
    }

    private final IWorkbenchPage page;
    private final WorkbenchSearchContext context;
    private final List<SearchCategory> categories;
    private final Set<String> only;
    private SearchSession session;
    private int tab;
    private Text field;
    private TableViewer results;

    SearchPopup(Shell parent, IWorkbenchPage page, WorkbenchSearchContext context, List<SearchCategory> categories,
            Set<String> only) {
        // a title text makes PopupDialog ask createTitleControl for the title area: the search field
        super(parent, SWT.RESIZE, true, false, false, false, false, Messages.Popup_title, ""); //$NON-NLS-1$
        this.page = page;
        this.context = context;
        this.categories = only.isEmpty() ? categories
                : categories.stream().filter(c -> only.contains(c.id())).toList();
        this.only = only;
    }

    @Override
    protected Control createTitleControl(Composite parent) {
        field = new Text(parent, SWT.SINGLE | SWT.SEARCH | SWT.ICON_SEARCH);
        field.setMessage(Messages.Popup_title);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(field);
        field.addModifyListener(e -> refresh());
        field.addListener(SWT.KeyDown, this::keyPressed);
        field.addListener(SWT.Traverse, e -> {
            if (e.detail == SWT.TRAVERSE_TAB_NEXT || e.detail == SWT.TRAVERSE_TAB_PREVIOUS) {
                e.doit = false;
                int tabs = categories.size() + 1;
                tab = (tab + (e.detail == SWT.TRAVERSE_TAB_NEXT ? 1 : tabs - 1)) % tabs;
                refresh();
            }
        });
        return field;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        results = new TableViewer(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL);
        results.setContentProvider(ArrayContentProvider.getInstance());
        results.setLabelProvider(new RowLabels());
        results.getTable().addListener(SWT.DefaultSelection, e -> openSelected());
        GridDataFactory.fillDefaults().grab(true, true).hint(640, 380).applyTo(results.getControl());
        collect();
        refresh();
        return results.getControl();
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setData(SHELL_KEY, this);
    }

    @Override
    protected Point getDefaultLocation(Point size) {
        Rectangle window = getParentShell().getBounds();
        return new Point(window.x + (window.width - size.x) / 2, window.y + window.height / 6);
    }

    @Override
    protected Control getFocusControl() {
        return field;
    }

    private void collect() {
        Job job = Job.create(Messages.Popup_title, (IProgressMonitor monitor) -> {
            SearchSession collected = SearchSession.collect(categories, context, SearchSession.DEFAULT_LIMIT);
            Shell shell = getShell();
            if (shell != null && !shell.isDisposed()) {
                shell.getDisplay().asyncExec(() -> {
                    session = collected;
                    refresh();
                });
            }
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.schedule();
    }

    private void refresh() {
        if (results == null || results.getControl().isDisposed()) {
            return;
        }
        List<Row> rows = new ArrayList<>();
        String chosen = tab == 0 ? Messages.Popup_all : categories.get(tab - 1).label();
        if (session == null) {
            rows.add(new Row(null, null, Messages.Popup_collecting));
        } else {
            Set<String> searched = tab == 0 ? only : Set.of(categories.get(tab - 1).id());
            List<Group> groups = session.find(field.getText(), searched, tab == 0 ? SHOWN_PER_CATEGORY : SHOWN_IN_ONE_CATEGORY);
            for (Group group : groups) {
                rows.add(new Row(group, null, null));
                group.results().forEach(r -> rows.add(new Row(null, r, null)));
            }
            if (groups.isEmpty()) {
                rows.add(new Row(null, null, NLS.bind(Messages.Popup_nothingFound, field.getText())));
            }
        }
        results.setInput(rows);
        rows.stream().filter(r -> r.result() != null).findFirst()
                .ifPresent(first -> results.setSelection(new StructuredSelection(first), true));
        setInfoText(status(chosen));
    }

    private String status(String chosen) {
        String keys = NLS.bind(Messages.Popup_keys, chosen);
        if (session == null || session.problems().isEmpty()) {
            return keys;
        }
        List<String> problems = session.problems();
        return problems.size() == 1 ? problems.get(0) : NLS.bind(Messages.Popup_problems, problems.get(0), problems.size() - 1);
    }

    private void keyPressed(Event e) {
        if (e.keyCode == SWT.ARROW_DOWN || e.keyCode == SWT.ARROW_UP) {
            e.doit = false;
            move(e.keyCode == SWT.ARROW_DOWN ? 1 : -1);
        } else if (e.character == SWT.CR || e.keyCode == SWT.KEYPAD_CR) {
            e.doit = false;
            openSelected();
        }
    }

    /** Moves the selection to the next result up or down, over the headings. */
    private void move(int step) {
        @SuppressWarnings("unchecked")
        List<Row> rows = (List<Row>) results.getInput();
        int at = rows.indexOf(((IStructuredSelection) results.getSelection()).getFirstElement());
        for (int i = at + step; i >= 0 && i < rows.size(); i += step) {
            if (rows.get(i).result() != null) {
                results.setSelection(new StructuredSelection(rows.get(i)), true);
                return;
            }
        }
    }

    private void openSelected() {
        Object selected = ((IStructuredSelection) results.getSelection()).getFirstElement();
        if (!(selected instanceof Row row) || row.result() == null) {
            return;
        }
        Shell window = getParentShell();
        close();
        Optional<String> problem = TargetOpener.open(page, row.result().item(), context.loadedModel());
        problem.ifPresent(message -> MessageDialog.openInformation(window, Messages.Open_title, message));
    }

    /** The selected result's label, for tests. */
    Optional<String> selectedLabel() {
        Object selected = ((IStructuredSelection) results.getSelection()).getFirstElement();
        return selected instanceof Row row && row.result() != null ? Optional.of(row.result().item().label())
                : Optional.empty();
    }

    /** Whether the providers answered. */
    boolean isCollected() {
        return session != null;
    }

    Text field() {
        return field;
    }

    /** Headings in bold, results with their matched characters marked and their detail in grey. */
    private static final class RowLabels extends StyledCellLabelProvider {
        private static final StyledString.Styler BOLD = new StyledString.Styler() {
            @Override
            public void applyStyles(TextStyle style) {
                style.font = JFaceResources.getFontRegistry().getBold(JFaceResources.DIALOG_FONT);
            }
        };
        private static final StyledString.Styler MATCHED = new StyledString.Styler() {
            @Override
            public void applyStyles(TextStyle style) {
                style.font = JFaceResources.getFontRegistry().getBold(JFaceResources.DIALOG_FONT);
                style.foreground = org.eclipse.swt.widgets.Display.getCurrent().getSystemColor(SWT.COLOR_LINK_FOREGROUND);
            }
        };

        @Override
        public void update(ViewerCell cell) {
            Row row = (Row) cell.getElement();
            StyledString text = new StyledString();
            if (row.heading() != null) {
                text.append(row.heading().category().label(), BOLD);
                int more = row.heading().total() - row.heading().results().size();
                if (more > 0) {
                    text.append("  " + NLS.bind(Messages.Popup_more, more), StyledString.QUALIFIER_STYLER); //$NON-NLS-1$
                }
            } else if (row.result() != null) {
                text.append("    "); //$NON-NLS-1$
                String label = row.result().item().label();
                int start = text.length();
                text.append(label);
                for (int position : row.result().positions()) {
                    int offset = label.offsetByCodePoints(0, position);
                    text.setStyle(start + offset, Character.charCount(label.codePointAt(offset)), MATCHED);
                }
                if (!row.result().item().detail().isEmpty()) {
                    text.append("   " + row.result().item().detail(), StyledString.QUALIFIER_STYLER); //$NON-NLS-1$
                }
            } else {
                text.append(row.note(), StyledString.QUALIFIER_STYLER);
            }
            cell.setText(text.getString());
            cell.setStyleRanges(text.getStyleRanges());
            super.update(cell);
        }
    }
}
