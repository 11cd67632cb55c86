/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.reports.ui.internal;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.contexts.IContextService;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.part.PageBook;
import org.eclipse.ui.part.ViewPart;

import podium.lang.ui.ElementOpener;
import podium.lang.ui.PlanFolders;
import podium.reports.ContributionException;
import podium.reports.ExportException;
import podium.reports.ExporterDescriptor;
import podium.reports.ExporterRegistry;
import podium.reports.Exports;
import podium.reports.ReportDescriptor;
import podium.reports.ReportRegistry;
import podium.reports.api.ExportContext;
import podium.reports.api.ReportData;
import podium.reports.api.ReportParameters;
import podium.reports.api.format.Formats;
import podium.reports.ui.PresentationContext;
import podium.reports.ui.internal.generic.GenericPresentation;
import podium.reports.ui.internal.generic.ReportGrid;
import podium.ui.ToolWindows;

/**
 * The 报表 tool window: the reports of the registry by category on the left; on the right the
 * selected report's parameters and its place, where its data (or why there is none) is shown. Reports
 * run in the background on the workspace of the active plan editor, else of the explorer's selection,
 * else of the folder the workbench was opened on, and run again when that workspace is saved or edited.
 */
public final class ReportsView extends ViewPart {

    /** The view's id, kept from the workbench's first empty 报表 window (Alt+9, the perspective). */
    public static final String ID = ToolWindows.REPORTS;
    /** The context of the window's keys (export, run again), active while the window is. */
    public static final String CONTEXT = "podium.reports.ui.context"; //$NON-NLS-1$
    public static final String EXPORT_COMMAND = "podium.reports.ui.commands.export"; //$NON-NLS-1$
    public static final String RUN_COMMAND = "podium.reports.ui.commands.run"; //$NON-NLS-1$

    private final ReportRuns runs = new ReportRuns();
    private final Map<String, ReportPage> pages = new HashMap<>();
    private final Map<String, Integer> generations = new HashMap<>();
    private final Set<String> stale = new HashSet<>();
    private final Runnable registryChanged = () -> inUi(this::reportsChanged);
    private final ISelectionListener explorerSelection = (part, selection) -> relocate();
    private final Set<String> pending = new HashSet<>();

    private Label workspaceLabel;
    private CLabel message;
    private Button runButton;
    private Button exportButton;
    private ReportList list;
    private ParameterPanel parameters;
    private PageBook book;
    private Control noReports;
    private RefreshTriggers triggers;
    private ReportDescriptor current;
    private PlanFolders.Located located;
    private podium.model.query.ModelIndex model;
    private long stamp;

    @Override
    public void createPartControl(Composite parent) {
        GridLayoutFactory.fillDefaults().spacing(0, 0).applyTo(parent);
        createTopBar(parent);
        SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
        createList(sash);
        createReportArea(sash);
        sash.setWeights(18, 82);

        IWorkbenchPage page = getSite().getPage();
        triggers = new RefreshTriggers(page, this::folder, this::workspaceChanged, this::relocate);
        page.addPostSelectionListener(ToolWindows.EXPLORER, explorerSelection);
        ReportRegistry.getDefault().addChangeListener(registryChanged);
        bindKeys();
        reportsChanged();
        relocate();
    }

    private void createTopBar(Composite parent) {
        Composite bar = new Composite(parent, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
        GridLayoutFactory.swtDefaults().numColumns(4).margins(6, 3).applyTo(bar);
        workspaceLabel = new Label(bar, SWT.NONE);
        message = new CLabel(bar, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(message);
        runButton = new Button(bar, SWT.PUSH);
        runButton.setText(Messages.ReportsView_run);
        runButton.setToolTipText(Messages.ReportsView_runTooltip);
        runButton.addListener(SWT.Selection, e -> run());
        exportButton = new Button(bar, SWT.PUSH);
        exportButton.setText(Messages.ReportsView_export);
        exportButton.setToolTipText(Messages.ReportsView_exportTooltip);
        exportButton.addListener(SWT.Selection, e -> openExportMenu());
    }

    private void createList(Composite sash) {
        Composite left = new Composite(sash, SWT.NONE);
        GridLayoutFactory.swtDefaults().margins(6, 4).applyTo(left);
        new Label(left, SWT.NONE).setText(Messages.ReportsView_reports);
        list = new ReportList(left, this::select, report -> run());
        GridDataFactory.fillDefaults().grab(true, true).applyTo(list.viewer().getControl());
    }

    private void createReportArea(Composite sash) {
        Composite right = new Composite(sash, SWT.NONE);
        GridLayoutFactory.swtDefaults().margins(6, 4).applyTo(right);
        parameters = new ParameterPanel(right, this::run);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(parameters.control());
        book = new PageBook(right, SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(book);
        Composite empty = new Composite(book, SWT.NONE);
        GridLayoutFactory.swtDefaults().margins(16, 16).applyTo(empty);
        Label text = new Label(empty, SWT.WRAP);
        text.setText(Messages.ReportsView_noReports);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(text);
        noReports = empty;
        book.showPage(noReports);
    }

    /** Ctrl+Shift+E exports, F5 runs again, Ctrl+C copies from a table: while this window is active. */
    private void bindKeys() {
        getSite().getService(IContextService.class).activateContext(CONTEXT);
        IHandlerService handlers = getSite().getService(IHandlerService.class);
        handlers.activateHandler(EXPORT_COMMAND, new AbstractHandler() {
            @Override
            public Object execute(ExecutionEvent event) {
                openExportMenu();
                return null;
            }
        });
        handlers.activateHandler(RUN_COMMAND, new AbstractHandler() {
            @Override
            public Object execute(ExecutionEvent event) {
                workspaceChanged();
                return null;
            }
        });
        getViewSite().getActionBars().setGlobalActionHandler(ActionFactory.COPY.getId(), new Action() {
            @Override
            public void run() {
                copy();
            }
        });
    }

    // ---- reports and their pages

    private void reportsChanged() {
        if (book.isDisposed()) {
            return;
        }
        List<ReportDescriptor> reports = ReportRegistry.getDefault().reports();
        list.setReports(reports);
        Set<String> ids = new HashSet<>(reports.stream().map(ReportDescriptor::id).toList());
        pages.keySet().removeIf(id -> {
            boolean gone = !ids.contains(id);
            if (gone) {
                pages.get(id).dispose();
                pending.remove(id);
            }
            return gone;
        });
        Optional<ReportDescriptor> again = current == null ? Optional.empty()
                : reports.stream().filter(r -> r.id().equals(current.id())).findFirst();
        if (again.isPresent()) {
            current = again.get();
            list.select(current);
        } else if (!reports.isEmpty()) {
            list.select(reports.get(0));
        } else {
            current = null;
            parameters.show(null, model);
            book.showPage(noReports);
        }
        updateButtons();
    }

    private void select(ReportDescriptor report) {
        if (current != null && current.id().equals(report.id()) && pages.containsKey(report.id())) {
            return;
        }
        current = report;
        ReportPage page = pages.computeIfAbsent(report.id(), id -> new ReportPage(book, report));
        book.showPage(page.control());
        parameters.show(report, model);
        updateButtons();
        if (page.result() == null || stale.contains(report.id())) {
            run();
        }
    }

    /** Runs the selected report with the chosen parameters, in the background. */
    void run() {
        if (current == null || book.isDisposed()) {
            return;
        }
        ReportPage page = pages.get(current.id());
        if (located == null) {
            page.showNote(Messages.ReportsView_noWorkspace);
            return;
        }
        String id = current.id();
        int generation = generations.merge(id, 1, Integer::sum);
        stale.remove(id);
        ReportRuns.Request request = new ReportRuns.Request(current, parameters.choices(), located.folder(),
                triggers.unsavedTexts(located.folder()), stamp);
        showMessage(NLS.bind(Messages.ReportsView_running, current.label()), false);
        pending.add(id);
        runs.run(request, result -> inUi(() -> shown(result, generation)));
    }

    private void shown(ReportRuns.Result result, int generation) {
        String id = result.request().report().id();
        ReportPage page = pages.get(id);
        if (book.isDisposed() || page == null || generations.getOrDefault(id, 0) != generation) {
            return;
        }
        pending.remove(id);
        if (result.model() != null && result.model() != model && current != null && current.id().equals(id)) {
            model = result.model();
            parameters.show(current, model);
        }
        page.show(result, context(page));
        showMessage(page.error() == null ? "" : page.error(), page.error() != null); //$NON-NLS-1$
        updateButtons();
    }

    private PresentationContext context(ReportPage page) {
        return new PresentationContext() {
            @Override
            public Formats formats() {
                return Formats.current();
            }

            @Override
            public void open(URI element) {
                ReportRuns.Result result = page.result();
                ElementOpener.open(getSite().getPage(), element, result == null ? null : result.workspace().resourceSet())
                        .ifPresent(problem -> showMessage(problem, true));
            }

            @Override
            public void reportProblem(String problem) {
                showMessage(problem, true);
                ILog.of(ReportsView.class).log(new Status(IStatus.WARNING, page.report().contributor().id(), problem));
            }
        };
    }

    // ---- which workspace, and its changes

    /** Follows the active editor, the explorer's selection or the opened folder to the workspace to show. */
    private void relocate() {
        if (workspaceLabel == null || workspaceLabel.isDisposed()) {
            return;
        }
        PlanFolders.Located now = PlanFolders.locate(getSite().getPage()).orElse(null);
        boolean moved = now == null ? located != null : located == null || !now.folder().equals(located.folder());
        located = now;
        showWorkspace();
        if (moved) {
            workspaceChanged();
        }
    }

    private void showWorkspace() {
        if (located == null) {
            workspaceLabel.setText(Messages.ReportsView_noWorkspaceShort);
            workspaceLabel.setToolTipText(Messages.ReportsView_noWorkspace);
        } else {
            String source = switch (located.source()) {
                case EDITOR -> Messages.ReportsView_fromEditor;
                case EXPLORER -> Messages.ReportsView_fromExplorer;
                case OPENED -> Messages.ReportsView_fromOpened;
            };
            workspaceLabel.setText(NLS.bind(Messages.ReportsView_workspace, located.folder().getFileName(), source));
            workspaceLabel.setToolTipText(located.folder().toString());
        }
        workspaceLabel.getParent().layout(true);
    }

    /** The shown workspace's files or editors changed: every report is out of date, the shown one runs again. */
    private void workspaceChanged() {
        if (book.isDisposed()) {
            return;
        }
        stamp++;
        stale.addAll(pages.keySet());
        run();
    }

    private Path folder() {
        return located == null ? null : located.folder();
    }

    // ---- copy and export

    /** Copies the selected cells of the focused table (or all of it) as tab-separated text. */
    public void copy() {
        ReportGrid grid = focusedGrid();
        if (grid != null) {
            Clipboard clipboard = new Clipboard(book.getDisplay());
            try {
                clipboard.setContents(new Object[] {grid.copyText()}, new Transfer[] {TextTransfer.getInstance()});
            } finally {
                clipboard.dispose();
            }
        }
    }

    private ReportGrid focusedGrid() {
        for (Control c = book.getDisplay().getFocusControl(); c != null; c = c.getParent()) {
            if (c.getData() instanceof ReportGrid grid) {
                return grid;
            }
        }
        ReportPage page = currentPage();
        return page != null && page.presentation() instanceof GenericPresentation generic && !generic.grids().isEmpty()
                ? generic.grids().get(0) : null;
    }

    /** The formats that can hold the shown data, as a menu under the Export button. */
    public void openExportMenu() {
        ReportPage page = currentPage();
        ReportData data = page == null ? null : page.data();
        if (data == null || exportButton.isDisposed()) {
            return;
        }
        Menu menu = new Menu(exportButton);
        List<ExporterDescriptor> formats = ExporterRegistry.getDefault().exporters().stream()
                .filter(format -> accepts(format, data)).toList();
        for (ExporterDescriptor format : formats) {
            MenuItem item = new MenuItem(menu, SWT.PUSH);
            item.setText(NLS.bind(Messages.ReportsView_exportFormat, format.label(), format.extension()));
            item.addListener(SWT.Selection, e -> chooseFile(page, format));
        }
        if (formats.isEmpty()) {
            MenuItem item = new MenuItem(menu, SWT.PUSH);
            item.setText(Messages.ReportsView_noFormats);
            item.setEnabled(false);
        }
        Point below = exportButton.toDisplay(0, exportButton.getSize().y);
        menu.setLocation(below);
        menu.setVisible(true);
    }

    private static boolean accepts(ExporterDescriptor format, ReportData data) {
        try {
            return format.exporter().accepts(data);
        } catch (ContributionException | RuntimeException | LinkageError e) {
            // offered anyway: exporting says what is wrong with the plugin
            return true;
        }
    }

    private void chooseFile(ReportPage page, ExporterDescriptor format) {
        FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
        dialog.setText(Messages.ReportsView_exportTitle);
        dialog.setFilterExtensions(new String[] {"*." + format.extension()}); //$NON-NLS-1$
        dialog.setFilterNames(new String[] {NLS.bind(Messages.ReportsView_exportFormat, format.label(), format.extension())});
        dialog.setFileName(defaultFileName(page, format));
        exportFolder().ifPresent(folder -> dialog.setFilterPath(folder.toString()));
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen != null) {
            export(format, Path.of(chosen));
        }
    }

    /** Where the export dialog opens: the folder set in Settings ▸ Report defaults, else the workspace's. */
    public Optional<Path> exportFolder() {
        return ReportDefaults.exportFolder().or(() -> Optional.ofNullable(located).map(l -> l.folder()));
    }

    /** The report's title and data month, as a file name: 2004年1-8月目标进度_2004-08.xlsx. */
    static String defaultFileName(ReportPage page, ExporterDescriptor format) {
        ReportData data = page.data();
        ReportParameters parameters = page.result().parameters();
        String month = parameters != null && parameters.asOf() != null
                && page.report().accepts(ReportParameters.Kind.AS_OF) ? "_" + parameters.asOf() : ""; //$NON-NLS-1$ //$NON-NLS-2$
        String name = data.title().replaceAll("[\\\\/:*?\"<>|\\s]+", "_") + month; //$NON-NLS-1$ //$NON-NLS-2$
        return name + "." + format.extension(); //$NON-NLS-1$
    }

    /** Writes the shown data to {@code target} in a job; says in the message line how it went. */
    public Job export(ExporterDescriptor format, Path target) {
        ReportPage page = currentPage();
        ReportData data = page == null ? null : page.data();
        if (data == null) {
            return null;
        }
        showMessage(NLS.bind(Messages.ReportsView_exporting, target.getFileName()), false);
        Job job = Job.create(NLS.bind(Messages.ReportsView_exportJob, target.getFileName()), monitor -> {
            String done;
            boolean failed = false;
            try {
                Exports.write(format, data, ExportContext.of(Locale.getDefault()), target);
                done = NLS.bind(Messages.ReportsView_exported, target);
            } catch (ExportException e) {
                done = NLS.bind(Messages.ReportsView_exportFailed, target.getFileName(), e.getMessage());
                failed = true;
            }
            String text = done;
            boolean error = failed;
            inUi(() -> showMessage(text, error));
            return Status.OK_STATUS;
        });
        job.setUser(false);
        job.schedule();
        return job;
    }

    // ---- messages and state

    private void showMessage(String text, boolean error) {
        if (message == null || message.isDisposed()) {
            return;
        }
        String line = text == null ? "" : text.replace('\n', ' '); //$NON-NLS-1$
        message.setText(line.replace("&", "&&")); //$NON-NLS-1$ //$NON-NLS-2$
        message.setToolTipText(text);
        message.setImage(line.isEmpty() ? null : PlatformUI.getWorkbench().getSharedImages()
                .getImage(error ? ISharedImages.IMG_OBJS_ERROR_TSK : ISharedImages.IMG_OBJS_INFO_TSK));
        message.setForeground(error ? message.getDisplay().getSystemColor(SWT.COLOR_DARK_RED) : null);
        message.getParent().layout(true);
    }

    private void updateButtons() {
        ReportPage page = currentPage();
        runButton.setEnabled(current != null);
        exportButton.setEnabled(page != null && page.data() != null);
    }

    private void inUi(Runnable runnable) {
        if (book != null && !book.isDisposed()) {
            book.getDisplay().asyncExec(() -> {
                if (!book.isDisposed()) {
                    runnable.run();
                }
            });
        }
    }

    /** The page of the selected report; null when none is selected. */
    public ReportPage currentPage() {
        return current == null ? null : pages.get(current.id());
    }

    /** The page of report {@code id}, once it was selected. */
    public Optional<ReportPage> page(String id) {
        return Optional.ofNullable(pages.get(id));
    }

    /** Selects report {@code id} in the list, which shows its page and runs it when needed. */
    public boolean select(String id) {
        Optional<ReportDescriptor> report = list.reports().stream().filter(r -> r.id().equals(id)).findFirst();
        report.ifPresent(list::select);
        return report.isPresent();
    }

    /** The ids of the listed reports, in list order. */
    public List<String> listedReports() {
        return list.reports().stream().map(ReportDescriptor::id).toList();
    }

    /** The workspace folder the reports are about; null when there is none. */
    public Path workspaceFolder() {
        return folder();
    }

    /** What the message line says. */
    public String message() {
        return message.getText();
    }

    /** Whether no report is running or about to show what it gave. */
    public boolean isIdle() {
        return pending.isEmpty();
    }

    @Override
    public void setFocus() {
        list.viewer().getControl().setFocus();
    }

    @Override
    public void dispose() {
        ReportRegistry.getDefault().removeChangeListener(registryChanged);
        if (triggers != null) {
            triggers.dispose();
        }
        getSite().getPage().removePostSelectionListener(ToolWindows.EXPLORER, explorerSelection);
        super.dispose();
    }
}
