package com.payerlink.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.contextmenu.ContextMenu;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.VaadinSession;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * "Columns": a menu of the grid's optional columns, each ticked while shown. The choice is kept for the session, so
 * the grid looks the same when the user comes back to it.
 */
class ColumnChooser extends Button {

    private static final String HIDDEN_COLUMNS = ColumnChooser.class.getName() + ".hidden";

    final ContextMenu menu;

    /** @param columns the columns the user may hide (each with a key and a header text) */
    ColumnChooser(List<? extends Grid.Column<?>> columns) {
        super("Columns", VaadinIcon.GRID_SMALL.create());
        addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        setTooltipText("Choose the grid's columns");
        addClassName("column-chooser");
        menu = new ContextMenu(this);
        menu.setOpenOnClick(true);
        Set<String> hidden = hiddenKeys();
        for (Grid.Column<?> column : columns) {
            column.setVisible(!hidden.contains(column.getKey()));
            MenuItem item = menu.addItem(column.getHeaderText(), e -> show(column, e.getSource().isChecked()));
            item.setCheckable(true);
            item.setChecked(column.isVisible());
            // the menu stays open while the user ticks several columns
            item.setKeepOpen(true);
        }
    }

    private static void show(Grid.Column<?> column, boolean visible) {
        column.setVisible(visible);
        Set<String> hidden = hiddenKeys();
        if (visible) {
            hidden.remove(column.getKey());
        }
        else {
            hidden.add(column.getKey());
        }
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null) {
            session.setAttribute(HIDDEN_COLUMNS, new HashSet<>(hidden));
        }
    }

    @SuppressWarnings("unchecked")
    private static Set<String> hiddenKeys() {
        VaadinSession session = VaadinSession.getCurrent();
        Object hidden = session == null ? null : session.getAttribute(HIDDEN_COLUMNS);
        return hidden instanceof Set<?> set ? new HashSet<>((Set<String>) set) : new HashSet<>();
    }

}
