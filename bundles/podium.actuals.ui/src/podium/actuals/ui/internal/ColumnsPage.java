/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.actuals.ui.internal;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

import podium.actuals.Field;
import podium.actuals.Mapping;
import podium.actuals.TablePreview;

/**
 * The columns of the data file: a preview of its first rows and, per field, the column picked from the
 * header row (or found by its usual title) and a default for rows without one; or the mapping file's.
 */
public final class ColumnsPage extends WizardPage {

    private static final int PREVIEW_ROWS = 8;

    private final SourcePage source;
    private final Map<Field, Combo> columns = new EnumMap<>(Field.class);
    private final Map<Field, Text> defaults = new EnumMap<>(Field.class);
    private final Map<Field, Integer> guessed = new EnumMap<>(Field.class);
    private Combo sheetChoice;
    private Spinner headerRow;
    /** The data file the preview last showed. */
    private Path previewed;
    private Table preview;
    private Label mappingNote;
    private TablePreview shown;
    private Mapping fileMapping;

    ColumnsPage(SourcePage source) {
        super("columns"); //-NLS-1$
        this.source = source;
        setTitle(Messages.ColumnsPage_title);
        setDescription(Messages.ColumnsPage_description);
    }

    @Override
    public void createControl(Composite parent) {
        Composite body = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(5).applyTo(body);
        new Label(body, SWT.NONE).setText(Messages.ColumnsPage_sheet);
        sheetChoice = new Combo(body, SWT.DROP_DOWN);
        GridDataFactory.fillDefaults().hint(120, SWT.DEFAULT).applyTo(sheetChoice);
        sheetChoice.addListener(SWT.Selection, e -> loadPreview());
        new Label(body, SWT.NONE).setText(Messages.ColumnsPage_headerRow);
        headerRow = new Spinner(body, SWT.BORDER);
        headerRow.setValues(1, 1, 1000, 0, 1, 10);
        Button reload = new Button(body, SWT.PUSH);
        reload.setText(Messages.ColumnsPage_reload);
        reload.addListener(SWT.Selection, e -> loadPreview());
        preview = new Table(body, SWT.BORDER | SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL);
        preview.setHeaderVisible(true);
        preview.setLinesVisible(true);
        GridDataFactory.fillDefaults().span(5, 1).grab(true, true).hint(560, 140).applyTo(preview);
        mappingNote = new Label(body, SWT.WRAP);
        GridDataFactory.fillDefaults().span(5, 1).grab(true, false).applyTo(mappingNote);
        createFields(body);
        setControl(body);
    }

    private void createFields(Composite body) {
        Group group = new Group(body, SWT.NONE);
        group.setText(Messages.ColumnsPage_fields);
        GridDataFactory.fillDefaults().span(5, 1).grab(true, false).applyTo(group);
        GridLayoutFactory.swtDefaults().numColumns(6).applyTo(group);
        for (Field field : Field.values()) {
            new Label(group, SWT.NONE).setText(FieldLabels.of(field) + (field.required() ? " *" : "")); //-NLS-1$ //-NLS-2$
            Combo combo = new Combo(group, SWT.READ_ONLY | SWT.DROP_DOWN);
            GridDataFactory.fillDefaults().grab(true, false).hint(110, SWT.DEFAULT).applyTo(combo);
            Text fallback = new Text(group, SWT.BORDER);
            fallback.setMessage(Messages.ColumnsPage_default);
            GridDataFactory.fillDefaults().hint(70, SWT.DEFAULT).applyTo(fallback);
            columns.put(field, combo);
            defaults.put(field, fallback);
        }
    }

    @Override
    public void setVisible(boolean visible) {
        super.setVisible(visible);
        if (visible) {
            loadMappingFile();
            loadPreview();
        }
    }

    private void loadMappingFile() {
        Path file = source.mappingFile();
        fileMapping = null;
        boolean picking = file == null;
        if (!picking) {
            Mapping.Loaded loaded = Mapping.load(file);
            fileMapping = loaded.mapping();
            setErrorMessage(fileMapping == null ? loaded.problems().get(0).format() : null);
            if (fileMapping != null) {
                sheetChoice.setText(fileMapping.sheet() == null ? "" : fileMapping.sheet()); //-NLS-1$
                headerRow.setSelection(fileMapping.headerRow());
            }
        }
        mappingNote.setText(picking ? Messages.ColumnsPage_pickNote : NLS.bind(Messages.ColumnsPage_mappingNote, file.getFileName()));
        columns.values().forEach(c -> c.setEnabled(picking));
        defaults.values().forEach(t -> t.setEnabled(picking));
        sheetChoice.setEnabled(picking);
        headerRow.setEnabled(picking);
        setPageComplete(picking || fileMapping != null);
    }

    /** Reads the first rows off the UI thread and shows them. */
    void loadPreview() {
        Path data = source.dataFile();
        String sheet = sheetChoice.getText().isBlank() ? null : sheetChoice.getText().strip();
        // a new file without a mapping file: its column titles where the import will look for them (below a
        // report's title lines); afterwards the row the user sets
        boolean find = source.mappingFile() == null && !data.equals(previewed);
        int row = find ? 0 : headerRow.getSelection();
        AtomicReference<TablePreview> read = new AtomicReference<>();
        try {
            getContainer().run(true, false, monitor -> read.set(TablePreview.read(data, sheet, row, PREVIEW_ROWS)));
        } catch (InvocationTargetException | InterruptedException e) {
            setErrorMessage(e.getMessage());
            return;
        }
        previewed = data;
        headerRow.setSelection(read.get().headerRow());
        show(read.get());
    }

    private void show(TablePreview result) {
        shown = result;
        showSheets(result.sheets());
        preview.setRedraw(false);
        preview.removeAll();
        for (TableColumn column : preview.getColumns()) {
            column.dispose();
        }
        int width = result.header().size();
        for (List<String> r : result.rows()) {
            width = Math.max(width, r.size());
        }
        for (int i = 0; i < width; i++) {
            TableColumn column = new TableColumn(preview, SWT.LEFT);
            column.setText(columnLetter(i) + ": " + (i < result.header().size() ? result.header().get(i) : "")); //-NLS-1$ //-NLS-2$
            column.setWidth(90);
        }
        for (List<String> r : result.rows()) {
            new TableItem(preview, SWT.NONE).setText(r.toArray(String[]::new));
        }
        preview.setRedraw(true);
        if (result.problem() != null) {
            setErrorMessage(result.problem().format());
        } else if (fileMapping != null || source.mappingFile() == null) {
            setErrorMessage(null);
        }
        fillColumnChoices(result.header());
    }

    /** The workbook's sheets to choose from; what the user typed stays. */
    private void showSheets(List<String> sheets) {
        String typed = sheetChoice.getText();
        sheetChoice.setItems(sheets.toArray(String[]::new));
        sheetChoice.setText(typed);
    }

    private void fillColumnChoices(List<String> header) {
        for (Map.Entry<Field, Combo> entry : columns.entrySet()) {
            Combo combo = entry.getValue();
            String before = combo.getText();
            combo.removeAll();
            combo.add(Messages.ColumnsPage_automatic);
            for (int i = 0; i < header.size(); i++) {
                combo.add(columnLetter(i) + ": " + header.get(i)); //-NLS-1$
            }
            int guess = guess(entry.getKey(), header);
            guessed.put(entry.getKey(), guess);
            int keep = combo.indexOf(before);
            combo.select(keep > 0 ? keep : guess);
        }
    }

    /** The column the importer finds for the field by its usual titles ({@link Field#column}), shown so the user sees it. */
    private static int guess(Field field, List<String> header) {
        return field.column(header).map(i -> i + 1).orElse(0);
    }

    static String columnLetter(int index) {
        StringBuilder letters = new StringBuilder();
        for (int n = index + 1; n > 0; n = (n - 1) / 26) {
            letters.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return letters.toString();
    }

    /** The mapping to import with: the mapping file's, or the columns and defaults picked here. */
    public Mapping mapping() {
        if (source.mappingFile() != null) {
            return fileMapping;
        }
        Map<Field, String> picked = new EnumMap<>(Field.class);
        Map<Field, String> fallbacks = new EnumMap<>(Field.class);
        for (Field field : Field.values()) {
            int index = columns.get(field).getSelectionIndex();
            // the importer finds a recognised title itself, and reads the basis from it (累计, 当月)
            if (index > 0 && index != guessed.getOrDefault(field, 0)) {
                picked.put(field, columnLetter(index - 1));
            }
            String fallback = defaults.get(field).getText().strip();
            if (!fallback.isEmpty()) {
                fallbacks.put(field, fallback);
            }
        }
        String sheet = sheetChoice.getText().isBlank() ? null : sheetChoice.getText().strip();
        return new Mapping(sheet, headerRow.getSelection(), null, picked, fallbacks);
    }

    /** What the preview shows, for tests. */
    public TablePreview preview() {
        return shown;
    }

    /** Picks the column at a 0-based index for a field, as a user would (tests). */
    public void pick(Field field, int columnIndex) {
        columns.get(field).select(columnIndex + 1);
    }

    /** The column shown for a field, as the user sees it ("C: 统计月份", or "(by title)"), for tests. */
    public String columnShown(Field field) {
        return columns.get(field).getText();
    }

    /** Types a default for a field (tests). */
    public void setDefault(Field field, String value) {
        defaults.get(field).setText(value);
    }
}
