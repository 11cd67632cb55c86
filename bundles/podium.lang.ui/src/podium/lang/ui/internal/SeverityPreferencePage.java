/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.lang.ui.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.jface.viewers.CheckboxTreeViewer;
import org.eclipse.jface.viewers.ICheckStateProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

import podium.core.Severity;
import podium.inspections.Category;
import podium.inspections.InspectionDescriptor;
import podium.inspections.InspectionRegistry;
import podium.lang.internal.LanguageInspections;

/**
 * The inspections, Podium's and plugins', as a filterable tree by category: tick to turn one on or off,
 * choose the severity of the selected ones below; the description of the selected one says what it checks.
 * Everything is reachable from the keyboard (Tab, arrows, Space). Applying revalidates every plan file.
 */
public final class SeverityPreferencePage extends PreferencePage implements IWorkbenchPreferencePage {
    /** The page's id in plugin.xml. */
    public static final String ID = "podium.lang.ui.preferences.severities"; //$NON-NLS-1$
    private static final Severity[] CHOICES = {Severity.ERROR, Severity.WARNING, Severity.INFO};

    /** A category of the tree with its inspections. */
    record Group(Category category, List<InspectionSetting> settings) {
    }

    private final List<Group> groups = new ArrayList<>();
    private Text filter;
    private CheckboxTreeViewer tree;
    private Combo severity;
    private Text details;

    public SeverityPreferencePage() {
        setPreferenceStore(SeverityPreferences.store());
    }

    @Override
    public void init(IWorkbench workbench) {
        // The store is set in the constructor.
    }

    @Override
    protected Control createContents(Composite parent) {
        initializeDialogUnits(parent);
        Composite body = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(body);
        // the page's own wrapped description with a width: a long unwrapped one would size the dialog
        // for one line and push the bottom of the page out of sight once it wraps
        Label description = new Label(body, SWT.WRAP);
        description.setText(Messages.SeverityPreferencePage_description);
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(convertWidthInCharsToPixels(80), SWT.DEFAULT)
                .applyTo(description);
        filter = new Text(body, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        filter.setMessage(Messages.SeverityPreferencePage_filter);
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(filter);
        tree = InspectionTree.create(body, new Contents(), new CheckStates(), this::labelOf);
        // a height of its own (about 15 rows) so that the page fits any dialog and the list scrolls itself;
        // measured on text, since the font metrics of a CJK font can claim twice the height of a line
        int line = lineHeight(body);
        GridDataFactory.fillDefaults().grab(true, true).span(2, 1).hint(convertWidthInCharsToPixels(80), line * 20)
                .applyTo(tree.getControl());
        Label label = new Label(body, SWT.NONE);
        label.setText(Messages.SeverityPreferencePage_severity);
        severity = new Combo(body, SWT.READ_ONLY);
        for (Severity choice : CHOICES) {
            severity.add(severityLabel(choice));
        }
        details = new Text(body, SWT.READ_ONLY | SWT.WRAP | SWT.MULTI | SWT.V_SCROLL | SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(convertWidthInCharsToPixels(80), line * 4)
                .applyTo(details);
        wire();
        load(false);
        // a plugin installed or removed while the page is open: its rules come or go, the choices made stay
        Runnable changed = () -> body.getDisplay().asyncExec(() -> {
            if (!tree.getControl().isDisposed()) {
                reload();
            }
        });
        registry().addChangeListener(changed);
        body.addDisposeListener(e -> registry().removeChangeListener(changed));
        return body;
    }

    private static InspectionRegistry registry() {
        return PodiumLanguage.injector().getInstance(LanguageInspections.class).registry();
    }

    /** The height in pixels of a line of text in {@code control}'s font. */
    private static int lineHeight(Control control) {
        GC gc = new GC(control);
        try {
            return gc.textExtent("Mg检查").y; //$NON-NLS-1$
        } finally {
            gc.dispose();
        }
    }

    private void wire() {
        filter.addModifyListener(e -> refilter());
        filter.addListener(SWT.KeyDown, e -> {
            if (e.keyCode == SWT.ARROW_DOWN && tree.getTree().getItemCount() > 0) {
                // from the filter straight to the first inspection shown, as in a search field
                TreeItem first = tree.getTree().getItem(0);
                tree.getTree().setFocus();
                tree.getTree().setSelection(first.getItemCount() > 0 ? first.getItem(0) : first);
                showSelection();
            }
        });
        tree.addFilter(new ViewerFilter() {
            @Override
            public boolean select(Viewer viewer, Object parentElement, Object element) {
                return element instanceof InspectionSetting s ? s.matches(filter.getText())
                        : ((Group) element).settings().stream().anyMatch(s -> s.matches(filter.getText()));
            }
        });
        tree.addCheckStateListener(e -> setEnabled(e.getElement(), e.getChecked()));
        tree.addSelectionChangedListener(e -> showSelection());
        severity.addListener(SWT.Selection, e -> {
            if (severity.getSelectionIndex() >= 0) {
                selectedSettings().forEach(s -> s.setSeverity(CHOICES[severity.getSelectionIndex()]));
                tree.refresh();
            }
        });
    }

    private void refilter() {
        tree.refresh();
        tree.expandAll();
    }

    /** Turns an inspection, or every shown inspection of a category, on or off. */
    private void setEnabled(Object element, boolean on) {
        List<InspectionSetting> settings = element instanceof InspectionSetting s ? List.of(s)
                : ((Group) element).settings().stream().filter(s -> s.matches(filter.getText())).toList();
        settings.forEach(s -> s.setEnabled(on));
        tree.refresh();
        showSelection();
    }

    private List<InspectionSetting> selectedSettings() {
        List<InspectionSetting> selected = new ArrayList<>();
        for (Object element : tree.getStructuredSelection().toList()) {
            if (element instanceof InspectionSetting s) {
                selected.add(s);
            }
        }
        return selected;
    }

    /** The severity of the selected inspections (blank when they differ), and the description of the first. */
    private void showSelection() {
        List<InspectionSetting> selected = selectedSettings();
        severity.setEnabled(!selected.isEmpty());
        long kinds = selected.stream().map(InspectionSetting::severity).distinct().count();
        if (kinds == 1) {
            severity.select(List.of(CHOICES).indexOf(selected.get(0).severity()));
        } else {
            severity.deselectAll();
        }
        details.setText(selected.isEmpty() ? "" : describe(selected.get(0).inspection())); //$NON-NLS-1$
    }

    private static String describe(InspectionDescriptor inspection) {
        String description = inspection.description() == null ? "" : inspection.description(); //$NON-NLS-1$
        return inspection.code() + "  " + inspection.name() + "\n" + description + "\n" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                + NLS.bind(Messages.SeverityPreferencePage_from, inspection.contributor().label());
    }

    /** The text of {@code element} in {@code column}: the inspection, its severity, the plugin. */
    private String labelOf(Object element, int column) {
        if (element instanceof Group g) {
            return column == 0 ? g.category().label() : ""; //$NON-NLS-1$
        }
        InspectionSetting s = (InspectionSetting) element;
        return switch (column) {
            case 0 -> s.inspection().code() + "  " + s.inspection().name(); //$NON-NLS-1$
            case 1 -> s.enabled() ? severityLabel(s.severity()) : severityLabel(Severity.IGNORE);
            default -> s.inspection().contributor().label();
        };
    }

    /** The severity in the user's language. */
    static String severityLabel(Severity severity) {
        return switch (severity) {
            case ERROR -> Messages.SeverityPreferencePage_error;
            case WARNING -> Messages.SeverityPreferencePage_warning;
            case INFO -> Messages.SeverityPreferencePage_info;
            case IGNORE -> Messages.SeverityPreferencePage_off;
        };
    }

    /** The configurable inspections by category, in code order within each. */
    private static Map<Category, List<InspectionDescriptor>> byCategory() {
        Map<Category, List<InspectionDescriptor>> result = new EnumMap<>(Category.class);
        registry().inspections().stream()
                .filter(InspectionDescriptor::configurable).sorted(Comparator.comparing(InspectionDescriptor::code))
                .forEach(i -> result.computeIfAbsent(i.category(), c -> new ArrayList<>()).add(i));
        return result;
    }

    /** Shows the stored choices, or the defaults. */
    private void load(boolean defaults) {
        IPreferenceStore store = getPreferenceStore();
        show(i -> InspectionSetting.read(store, i, defaults));
    }

    /** The inspections as the registry has them now, each with the choice the page shows for it, if any. */
    private void reload() {
        Map<String, InspectionSetting> shown = new java.util.HashMap<>();
        groups.forEach(g -> g.settings().forEach(setting -> shown.put(setting.inspection().code(), setting)));
        IPreferenceStore store = getPreferenceStore();
        show(i -> shown.getOrDefault(i.code(), InspectionSetting.read(store, i, false)));
    }

    private void show(java.util.function.Function<InspectionDescriptor, InspectionSetting> setting) {
        groups.clear();
        byCategory().forEach((category, inspections) -> groups.add(new Group(category,
                inspections.stream().map(setting).toList())));
        tree.setInput(groups);
        tree.expandAll();
        showSelection();
    }

    @Override
    protected void performDefaults() {
        load(true);
        super.performDefaults();
    }

    @Override
    public boolean performOk() {
        IPreferenceStore store = getPreferenceStore();
        groups.forEach(g -> g.settings().forEach(s -> s.write(store)));
        SeverityPreferences.applyAndRevalidate();
        return true;
    }

    /**
     * The texts of the row of the inspection {@code code} as shown (inspection, severity, plugin) and whether
     * it is ticked; empty when the filter hides it or there is no such inspection. For tests.
     */
    public Optional<ShownRow> shown(String code) {
        for (TreeItem category : tree.getTree().getItems()) {
            for (TreeItem item : category.getItems()) {
                if (item.getData() instanceof InspectionSetting s && s.inspection().code().equals(code)) {
                    return Optional.of(new ShownRow(item.getText(0), item.getText(1), item.getText(2), item.getChecked()));
                }
            }
        }
        return Optional.empty();
    }

    /** One row as the user sees it. */
    public record ShownRow(String inspection, String severity, String plugin, boolean ticked) {
    }

    /** Types into the filter box, as a user does. For tests. */
    public void typeFilter(String text) {
        filter.setText(text);
    }

    /** Ticks or unticks the shown row of {@code code}, as Space on it does. For tests. */
    public void tick(String code, boolean on) {
        for (TreeItem category : tree.getTree().getItems()) {
            for (TreeItem item : category.getItems()) {
                if (item.getData() instanceof InspectionSetting s && s.inspection().code().equals(code)) {
                    item.setChecked(on);
                    setEnabled(s, on);
                    return;
                }
            }
        }
        throw new IllegalArgumentException(code + " is not shown"); //$NON-NLS-1$
    }

    private final class Contents implements ITreeContentProvider {
        @Override
        public Object[] getElements(Object input) {
            return groups.toArray();
        }

        @Override
        public Object[] getChildren(Object parent) {
            return parent instanceof Group g ? g.settings().toArray() : new Object[0];
        }

        @Override
        public Object getParent(Object element) {
            return element instanceof InspectionSetting s
                    ? groups.stream().filter(g -> g.settings().contains(s)).findFirst().orElse(null) : null;
        }

        @Override
        public boolean hasChildren(Object element) {
            return element instanceof Group;
        }
    }

    /** A category is ticked when any of its inspections is, grey when only some are. */
    private static final class CheckStates implements ICheckStateProvider {
        @Override
        public boolean isChecked(Object element) {
            return element instanceof InspectionSetting s ? s.enabled()
                    : ((Group) element).settings().stream().anyMatch(InspectionSetting::enabled);
        }

        @Override
        public boolean isGrayed(Object element) {
            return element instanceof Group g && g.settings().stream().anyMatch(InspectionSetting::enabled)
                    && !g.settings().stream().allMatch(InspectionSetting::enabled);
        }
    }
}
