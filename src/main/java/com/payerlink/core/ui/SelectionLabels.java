package com.payerlink.core.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.function.SerializableFunction;

/**
 * Names a multi-select grid's row checkboxes after their rows ("Select Litware Shop"), so a screen reader
 * announces whose row a checkbox selects instead of Vaadin's bare "Select Row" on every line.
 */
public final class SelectionLabels {

    private static final String KEY = "selectLabel";

    // Wraps the selection column's own renderer: it still draws and wires the checkbox; this only names it.
    private static final String NAME_CHECKBOXES = """
            const column = this.querySelector('vaadin-grid-flow-selection-column');
            if (column && !column.__namedRows) {
              column.__namedRows = true;
              const draw = Object.getPrototypeOf(column)._defaultRenderer;
              column.renderer = function (root, col, model) {
                draw.call(column, root, col, model);
                const checkbox = root.firstElementChild;
                if (checkbox && model.item) {
                  checkbox.accessibleName = 'Select ' + (model.item[$0] || 'row');
                }
              };
            }
            """;

    private SelectionLabels() {
    }

    /** Labels each row's selection checkbox "Select " + the row's name. */
    public static <T> void nameRows(Grid<T> grid, SerializableFunction<T, String> name) {
        grid.addDataGenerator((item, json) -> json.put(KEY, name.apply(item)));
        grid.addAttachListener(e -> grid.getElement().executeJs(NAME_CHECKBOXES, KEY));
    }

}
