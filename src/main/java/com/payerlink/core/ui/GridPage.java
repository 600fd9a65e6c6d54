package com.payerlink.core.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * A page whose body is one grid (API tokens, tenants, your sessions, the audit log): the page fills the window, its
 * header and what explains or filters the grid stand above it, and the grid takes the rest. The rows are read when the
 * page opens and again once the browser's time zone is known, since the grid's times were first drawn in the
 * server's.
 *
 * @param <T> a row, e.g. an API token
 */
public abstract class GridPage<T> extends VerticalLayout {

    /** The page's grid; the page adds its columns before {@link #layOut}. */
    public final Grid<T> grid;

    protected GridPage(Class<T> rowType) {
        grid = new Grid<>(rowType, false);
        setSizeFull();
    }

    /** Shows {@code header}, then {@code aboveGrid}, then the grid, and reads the rows. */
    protected void layOut(Component header, Component... aboveGrid) {
        add(header);
        add(aboveGrid);
        grid.setSizeFull();
        add(grid);
        refresh();
        Timestamps.refreshWhenZoneKnown(this, this::refresh);
    }

    /** Reads the grid's rows again. */
    protected abstract void refresh();

}
