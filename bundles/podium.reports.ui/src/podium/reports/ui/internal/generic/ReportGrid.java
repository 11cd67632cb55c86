/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.reports.ui.internal.generic;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;

import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.config.AbstractRegistryConfiguration;
import org.eclipse.nebula.widgets.nattable.config.CellConfigAttributes;
import org.eclipse.nebula.widgets.nattable.config.ConfigRegistry;
import org.eclipse.nebula.widgets.nattable.config.DefaultNatTableStyleConfiguration;
import org.eclipse.nebula.widgets.nattable.config.IConfigRegistry;
import org.eclipse.nebula.widgets.nattable.coordinate.PositionCoordinate;
import org.eclipse.nebula.widgets.nattable.data.IDataProvider;
import org.eclipse.nebula.widgets.nattable.filterrow.FilterRowHeaderComposite;
import org.eclipse.nebula.widgets.nattable.filterrow.IFilterStrategy;
import org.eclipse.nebula.widgets.nattable.grid.data.DefaultColumnHeaderDataProvider;
import org.eclipse.nebula.widgets.nattable.grid.data.DefaultCornerDataProvider;
import org.eclipse.nebula.widgets.nattable.grid.data.DefaultRowHeaderDataProvider;
import org.eclipse.nebula.widgets.nattable.grid.layer.ColumnHeaderLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.CornerLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.DefaultColumnHeaderDataLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.DefaultRowHeaderDataLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.GridLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.RowHeaderLayer;
import org.eclipse.nebula.widgets.nattable.layer.DataLayer;
import org.eclipse.nebula.widgets.nattable.layer.LabelStack;
import org.eclipse.nebula.widgets.nattable.layer.event.RowStructuralRefreshEvent;
import org.eclipse.nebula.widgets.nattable.selection.SelectionLayer;
import org.eclipse.nebula.widgets.nattable.sort.SortDirectionEnum;
import org.eclipse.nebula.widgets.nattable.sort.SortHeaderLayer;
import org.eclipse.nebula.widgets.nattable.sort.command.SortColumnCommand;
import org.eclipse.nebula.widgets.nattable.sort.config.SingleClickSortConfiguration;
import org.eclipse.nebula.widgets.nattable.style.CellStyleAttributes;
import org.eclipse.nebula.widgets.nattable.style.DisplayMode;
import org.eclipse.nebula.widgets.nattable.style.HorizontalAlignmentEnum;
import org.eclipse.nebula.widgets.nattable.style.Style;
import org.eclipse.nebula.widgets.nattable.ui.binding.UiBindingRegistry;
import org.eclipse.nebula.widgets.nattable.ui.matcher.KeyEventMatcher;
import org.eclipse.nebula.widgets.nattable.ui.matcher.MouseEventMatcher;
import org.eclipse.nebula.widgets.nattable.util.GUIHelper;
import org.eclipse.nebula.widgets.nattable.viewport.ViewportLayer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Composite;

import podium.reports.api.Column;
import podium.reports.api.Row;
import podium.reports.api.Table;
import podium.reports.api.Tone;
import podium.reports.api.Value;
import podium.reports.api.format.Formats;

/**
 * A report {@link Table} in a NatTable: column header that sorts on a click (numbers by value), a
 * filter row, row numbers, numeric columns right-aligned, totals in bold, status cells in their tone's
 * colours. Double-click or Enter on a row opens its element; {@link #copyText()} gives the selection
 * (or everything) as tab-separated text.
 */
public final class ReportGrid {

    static final String NUMERIC = "podium.numeric"; //$NON-NLS-1$
    static final String TOTAL = "podium.total"; //$NON-NLS-1$
    static final String TONE = "podium.tone."; //$NON-NLS-1$
    private static final int PADDING = 18;
    private static final int SORT_ICON = 16;

    private final Table table;
    private final Formats formats;
    private final List<Row> shown;
    private final RowSortModel sortModel;
    private final RowFilter filter;
    private final DataLayer bodyData;
    private final SelectionLayer selection;
    private final NatTable natTable;
    private Map<Integer, Object> filters = Map.of();

    /** A grid for {@code table} in {@code parent}; {@code open} receives the row the user opens. */
    public ReportGrid(Composite parent, Table table, Formats formats, Consumer<Row> open) {
        this.table = table;
        this.formats = formats;
        this.shown = new ArrayList<>(table.rows());
        this.sortModel = new RowSortModel(table.columns(), formats, this::refresh);
        this.filter = new RowFilter(table.columns(), formats);

        IDataProvider body = new CellProvider();
        bodyData = new DataLayer(body);
        bodyData.setConfigLabelAccumulator(this::labels);
        selection = new SelectionLayer(bodyData);
        ViewportLayer viewport = new ViewportLayer(selection);

        String[] headers = table.columns().stream().map(Column::header).toArray(String[]::new);
        IDataProvider headerData = new DefaultColumnHeaderDataProvider(headers);
        ColumnHeaderLayer columnHeader = new ColumnHeaderLayer(new DefaultColumnHeaderDataLayer(headerData), viewport,
                selection);
        SortHeaderLayer<Row> sortHeader = new SortHeaderLayer<>(columnHeader, sortModel);
        ConfigRegistry config = new ConfigRegistry();
        IFilterStrategy<Row> strategy = this::applyFilter;
        FilterRowHeaderComposite<Row> filterHeader = new FilterRowHeaderComposite<>(strategy, sortHeader, headerData,
                config);

        IDataProvider rowHeaderData = new DefaultRowHeaderDataProvider(body);
        RowHeaderLayer rowHeader = new RowHeaderLayer(new DefaultRowHeaderDataLayer(rowHeaderData), viewport, selection);
        CornerLayer corner = new CornerLayer(new DataLayer(new DefaultCornerDataProvider(headerData, rowHeaderData)),
                rowHeader, filterHeader);

        natTable = new NatTable(parent, NatTable.DEFAULT_STYLE_OPTIONS | SWT.BORDER,
                new GridLayer(viewport, filterHeader, rowHeader, corner), false);
        natTable.setConfigRegistry(config);
        natTable.addConfiguration(new DefaultNatTableStyleConfiguration());
        natTable.addConfiguration(new SingleClickSortConfiguration());
        natTable.addConfiguration(new Styles());
        natTable.configure();
        natTable.setData(this);
        bindOpen(natTable.getUiBindingRegistry(), open);
        fitColumns();
    }

    /** Sorts the rows as the shown grid does now (the filter stays). */
    private void refresh() {
        List<Row> kept = table.rows().stream().filter(row -> filter.keeps(row, filters)).toList();
        shown.clear();
        shown.addAll(sortModel.sorted(kept));
        bodyData.fireLayerEvent(new RowStructuralRefreshEvent(bodyData));
    }

    private void applyFilter(Map<Integer, Object> filterValues) {
        filters = Map.copyOf(filterValues.entrySet().stream().filter(e -> e.getValue() != null)
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
        refresh();
    }

    private void labels(LabelStack labels, int columnPosition, int rowPosition) {
        if (rowPosition < 0 || rowPosition >= shown.size() || columnPosition >= table.columns().size()) {
            return;
        }
        Row row = shown.get(rowPosition);
        Value value = row.cell(columnPosition);
        if (value instanceof Value.Status status && status.tone() != Tone.NEUTRAL) {
            labels.addLabel(TONE + status.tone().name());
        }
        if (row.kind() != Row.Kind.DATA) {
            labels.addLabel(TOTAL);
        }
        if (table.columns().get(columnPosition).type().numeric()) {
            labels.addLabel(NUMERIC);
        }
    }

    private void bindOpen(UiBindingRegistry bindings, Consumer<Row> open) {
        bindings.registerDoubleClickBinding(MouseEventMatcher.bodyLeftClick(SWT.NONE), (nat, event) -> {
            int row = nat.getRowIndexByPosition(nat.getRowPositionByY(event.y));
            if (row >= 0 && row < shown.size()) {
                open.accept(shown.get(row));
            }
        });
        bindings.registerFirstKeyBinding(new KeyEventMatcher(SWT.NONE, SWT.CR), (nat, event) -> {
            int row = selection.getSelectionAnchor().getRowPosition();
            if (row >= 0 && row < shown.size()) {
                open.accept(shown.get(row));
            }
        });
    }

    /** Widths that show every header and cell whole (the grid scrolls sideways when the window is narrower). */
    private void fitColumns() {
        GC gc = new GC(natTable);
        Font bold = boldFont();
        try {
            for (int c = 0; c < table.columns().size(); c++) {
                gc.setFont(GUIHelper.DEFAULT_FONT);
                int width = gc.textExtent(table.columns().get(c).header()).x + SORT_ICON;
                for (Row row : table.rows()) {
                    gc.setFont(row.kind() == Row.Kind.DATA ? GUIHelper.DEFAULT_FONT : bold);
                    width = Math.max(width, gc.textExtent(formats.cell(row.cell(c))).x);
                }
                bodyData.setColumnWidthByPosition(c, width + PADDING);
            }
        } finally {
            gc.dispose();
        }
    }

    private static Font boldFont() {
        FontData data = GUIHelper.DEFAULT_FONT.getFontData()[0];
        return GUIHelper.getFont(new FontData(data.getName(), data.getHeight(), SWT.BOLD));
    }

    public NatTable control() {
        return natTable;
    }

    public Table table() {
        return table;
    }

    /** The rows in the order and with the filter the user sees. */
    public List<Row> shownRows() {
        return List.copyOf(shown);
    }

    /** Sorts by column {@code index} (of the table's columns) as a click on its header does. */
    public void sortBy(int index, SortDirectionEnum direction) {
        sortModel.sort(index, direction, false);
    }

    /** Sorts as a click on the header of column {@code index} does (cycling none, up, down). */
    public void clickHeader(int index) {
        natTable.doCommand(new SortColumnCommand(natTable, index + 1, false));
    }

    /** Keeps only the rows whose cell in column {@code index} matches {@code text}, as typing in the filter row does. */
    public void filter(int index, String text) {
        natTable.doCommand(new org.eclipse.nebula.widgets.nattable.edit.command.UpdateDataCommand(natTable, index + 1,
                1, text));
    }

    /** Empties the filter row: every row is shown again. */
    public void clearFilters() {
        natTable.doCommand(new org.eclipse.nebula.widgets.nattable.filterrow.command.ClearAllFiltersCommand());
    }

    /** Selects the cells of the given table rows (positions in {@link #shownRows()}) and columns. */
    public void select(int firstRow, int lastRow, int firstColumn, int lastColumn) {
        selection.clear();
        selection.selectRegion(firstColumn, firstRow, lastColumn - firstColumn + 1, lastRow - firstRow + 1);
    }

    /**
     * The selected cells as tab-separated lines (the rectangle around them; cells outside the selection
     * left empty), or the whole table with its header line when nothing is selected.
     */
    public String copyText() {
        PositionCoordinate[] cells = selection.getSelectedCellPositions();
        if (cells.length == 0) {
            return TableText.all(table.columns(), shown, formats);
        }
        TreeSet<Integer> rows = new TreeSet<>();
        TreeSet<Integer> columns = new TreeSet<>();
        for (PositionCoordinate cell : cells) {
            rows.add(cell.getRowPosition());
            columns.add(cell.getColumnPosition());
        }
        StringBuilder text = new StringBuilder();
        for (int r = rows.first(); r <= rows.last(); r++) {
            text.append(TableText.cells(shown.get(r), columns.first(), columns.last(), formats)).append('\n');
        }
        return text.toString();
    }

    /** The grid's cell texts: {@link Formats#cell(Value)} of the shown rows. */
    private final class CellProvider implements IDataProvider {
        @Override
        public Object getDataValue(int columnIndex, int rowIndex) {
            return formats.cell(shown.get(rowIndex).cell(columnIndex));
        }

        @Override
        public void setDataValue(int columnIndex, int rowIndex, Object newValue) {
            throw new UnsupportedOperationException();
        }

        @Override
        public int getColumnCount() {
            return table.columns().size();
        }

        @Override
        public int getRowCount() {
            return shown.size();
        }
    }

    /** Alignment, weight and tone colours by the labels {@link ReportGrid#labels} gives a cell. */
    private static final class Styles extends AbstractRegistryConfiguration {
        @Override
        public void configureRegistry(IConfigRegistry registry) {
            Style numeric = new Style();
            numeric.setAttributeValue(CellStyleAttributes.HORIZONTAL_ALIGNMENT, HorizontalAlignmentEnum.RIGHT);
            register(registry, numeric, NUMERIC);
            Style total = new Style();
            total.setAttributeValue(CellStyleAttributes.FONT, boldFont());
            register(registry, total, TOTAL);
            for (Tone tone : Tone.values()) {
                RGB background = ToneColours.background(tone);
                if (background != null) {
                    Style style = new Style();
                    style.setAttributeValue(CellStyleAttributes.BACKGROUND_COLOR, GUIHelper.getColor(background));
                    style.setAttributeValue(CellStyleAttributes.FOREGROUND_COLOR,
                            GUIHelper.getColor(ToneColours.foreground(tone)));
                    registry.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, style, DisplayMode.NORMAL,
                            TONE + tone.name());
                }
            }
        }

        private static void register(IConfigRegistry registry, Style style, String label) {
            registry.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, style, DisplayMode.NORMAL, label);
            registry.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, style, DisplayMode.SELECT, label);
        }
    }
}
