/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.libraries.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.config.ConfigRegistry;
import org.eclipse.nebula.widgets.nattable.config.DefaultNatTableStyleConfiguration;
import org.eclipse.nebula.widgets.nattable.data.IColumnAccessor;
import org.eclipse.nebula.widgets.nattable.data.IDataProvider;
import org.eclipse.nebula.widgets.nattable.data.ListDataProvider;
import org.eclipse.nebula.widgets.nattable.edit.command.UpdateDataCommand;
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
import org.eclipse.nebula.widgets.nattable.layer.event.RowStructuralRefreshEvent;
import org.eclipse.nebula.widgets.nattable.selection.SelectionLayer;
import org.eclipse.nebula.widgets.nattable.sort.ISortModel;
import org.eclipse.nebula.widgets.nattable.sort.SortDirectionEnum;
import org.eclipse.nebula.widgets.nattable.sort.SortHeaderLayer;
import org.eclipse.nebula.widgets.nattable.sort.command.SortColumnCommand;
import org.eclipse.nebula.widgets.nattable.sort.config.SingleClickSortConfiguration;
import org.eclipse.nebula.widgets.nattable.viewport.ViewportLayer;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * NatTable 2.5.0 core alone (no GlazedLists extension) shows a grid with column header, sort header and filter
 * row: sorting and filtering go through a small ISortModel and IFilterStrategy over a plain list.
 */
class NatTableTest {

    record Target(String name, double rate) {
    }

    private static final List<Target> ALL = List.of(
            new Target("招商引资", 0.875), new Target("项目建设", 1.2), new Target("民生实事", 0.5));

    private Shell shell;

    @AfterEach
    void closeShell() {
        if (shell != null) {
            shell.dispose();
        }
    }

    @Test
    void showsGridThatSortsAndFiltersWithCoreOnly() throws Exception {
        List<Target> shown = new ArrayList<>(ALL);
        IColumnAccessor<Target> columns = new IColumnAccessor<>() {
            @Override
            public Object getDataValue(Target row, int column) {
                return column == 0 ? row.name() : row.rate();
            }

            @Override
            public void setDataValue(Target row, int column, Object value) {
                throw new UnsupportedOperationException();
            }

            @Override
            public int getColumnCount() {
                return 2;
            }
        };
        IDataProvider bodyData = new ListDataProvider<>(shown, columns);
        DataLayer bodyDataLayer = new DataLayer(bodyData);
        SelectionLayer selection = new SelectionLayer(bodyDataLayer);
        ViewportLayer viewport = new ViewportLayer(selection);

        IDataProvider headerData = new DefaultColumnHeaderDataProvider(new String[] { "指标", "完成率" });
        ColumnHeaderLayer columnHeader = new ColumnHeaderLayer(new DefaultColumnHeaderDataLayer(headerData), viewport,
                selection);
        ListSortModel sortModel = new ListSortModel(shown);
        SortHeaderLayer<Target> sortHeader = new SortHeaderLayer<>(columnHeader, sortModel);
        ConfigRegistry config = new ConfigRegistry();
        IFilterStrategy<Target> filter = (Map<Integer, Object> filters) -> {
            Object text = filters.get(0);
            shown.clear();
            for (Target t : ALL) {
                if (text == null || t.name().contains(text.toString())) {
                    shown.add(t);
                }
            }
            sortModel.apply();
            bodyDataLayer.fireLayerEvent(new RowStructuralRefreshEvent(bodyDataLayer));
        };
        FilterRowHeaderComposite<Target> filterHeader = new FilterRowHeaderComposite<>(filter, sortHeader, headerData,
                config);

        IDataProvider rowHeaderData = new DefaultRowHeaderDataProvider(bodyData);
        RowHeaderLayer rowHeader = new RowHeaderLayer(new DefaultRowHeaderDataLayer(rowHeaderData), viewport, selection);
        CornerLayer corner = new CornerLayer(new DataLayer(new DefaultCornerDataProvider(headerData, rowHeaderData)),
                rowHeader, filterHeader);
        GridLayer grid = new GridLayer(viewport, filterHeader, rowHeader, corner);

        shell = new Shell(Display.getDefault());
        shell.setText("NatTable");
        shell.setLayout(new FillLayout());
        shell.setSize(500, 220);
        NatTable table = new NatTable(shell, grid, false);
        table.setConfigRegistry(config);
        table.addConfiguration(new DefaultNatTableStyleConfiguration());
        table.addConfiguration(new SingleClickSortConfiguration());
        table.configure();
        shell.open();
        Swt.runUntil(() -> false, 300);

        // row header column + 2 columns; column header + filter row + 3 rows
        assertThat(table.getColumnCount()).isEqualTo(3);
        assertThat(table.getRowCount()).isEqualTo(5);
        assertThat(table.getDataValueByPosition(1, 0)).isEqualTo("指标");
        assertThat(table.getDataValueByPosition(2, 0)).isEqualTo("完成率");
        assertThat(names(table)).containsExactly("招商引资", "项目建设", "民生实事");

        assertThat(table.doCommand(new SortColumnCommand(table, 2, false))).isTrue();
        assertThat(sortModel.getSortDirection(1)).isEqualTo(SortDirectionEnum.ASC);
        assertThat(names(table)).containsExactly("民生实事", "招商引资", "项目建设");

        assertThat(table.doCommand(new UpdateDataCommand(table, 1, 1, "项目"))).isTrue();
        assertThat(table.getDataValueByPosition(1, 1)).isEqualTo("项目");
        assertThat(table.getRowCount()).isEqualTo(3);
        assertThat(names(table)).containsExactly("项目建设");

        assertThat(table.doCommand(new UpdateDataCommand(table, 1, 1, null))).isTrue();
        assertThat(names(table)).containsExactly("民生实事", "招商引资", "项目建设");

        Swt.runUntil(() -> false, 300);
        ImageData snapshot = Swt.snapshot(table);
        Swt.save(snapshot, "nattable.png");
        assertThat(darkPixels(snapshot)).as("text painted").isGreaterThan(200);
    }

    private static List<Object> names(NatTable table) {
        List<Object> names = new ArrayList<>();
        for (int row = 2; row < table.getRowCount(); row++) {
            names.add(table.getDataValueByPosition(1, row));
        }
        return names;
    }

    private static int darkPixels(ImageData image) {
        int n = 0;
        for (int x = 0; x < image.width; x++) {
            for (int y = 0; y < image.height; y++) {
                RGB c = image.palette.getRGB(image.getPixel(x, y));
                if (c.red + c.green + c.blue < 3 * 100) {
                    n++;
                }
            }
        }
        return n;
    }

    /** The sort model NatTable core leaves to the application: one column at a time, over a plain list. */
    static final class ListSortModel implements ISortModel {

        private final List<Target> rows;
        private int column = -1;
        private SortDirectionEnum direction = SortDirectionEnum.NONE;

        ListSortModel(List<Target> rows) {
            this.rows = rows;
        }

        void apply() {
            if (column >= 0 && direction != SortDirectionEnum.NONE) {
                Comparator<Target> c = comparator(column);
                rows.sort(direction == SortDirectionEnum.ASC ? c : c.reversed());
            }
        }

        private static Comparator<Target> comparator(int column) {
            return column == 0 ? Comparator.comparing(Target::name) : Comparator.comparingDouble(Target::rate);
        }

        @Override
        public List<Integer> getSortedColumnIndexes() {
            return column >= 0 && direction != SortDirectionEnum.NONE ? List.of(column) : List.of();
        }

        @Override
        public boolean isColumnIndexSorted(int columnIndex) {
            return columnIndex == column && direction != SortDirectionEnum.NONE;
        }

        @Override
        public SortDirectionEnum getSortDirection(int columnIndex) {
            return columnIndex == column ? direction : SortDirectionEnum.NONE;
        }

        @Override
        public int getSortOrder(int columnIndex) {
            return isColumnIndexSorted(columnIndex) ? 0 : -1;
        }

        @SuppressWarnings("rawtypes")
        @Override
        public List<Comparator> getComparatorsForColumnIndex(int columnIndex) {
            return List.of(comparator(columnIndex));
        }

        @Override
        public Comparator<?> getColumnComparator(int columnIndex) {
            return comparator(columnIndex);
        }

        @Override
        public void sort(int columnIndex, SortDirectionEnum sortDirection, boolean accumulate) {
            column = columnIndex;
            direction = sortDirection;
            apply();
        }

        @Override
        public void clear() {
            column = -1;
            direction = SortDirectionEnum.NONE;
        }
    }
}
