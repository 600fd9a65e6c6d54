package com.payerlink.account.ui;

import com.payerlink.account.domain.AccountSummary;
import com.vaadin.flow.component.grid.AbstractGridMultiSelectionModel;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.selection.SelectionEvent;
import com.vaadin.flow.function.SerializableConsumer;

/**
 * The accounts grid's multi-select. Its header checkbox selects every account that matches the filters without
 * loading one: the grid then only remembers "all matching", and bulk actions resolve the filter on the server
 * (Vaadin's own select-all would fetch every row into the server's memory). Every row shows as selected meanwhile;
 * unticking one, or the header, selects none again.
 */
final class AccountsSelectionModel extends AbstractGridMultiSelectionModel<AccountSummary> {

    private final SerializableConsumer<SelectionEvent<Grid<AccountSummary>, AccountSummary>> fire;

    private final Runnable allMatchingChanged;

    private boolean allMatching;

    /**
     * @param fire               fires a selection event on the grid (only the grid may)
     * @param allMatchingChanged runs when "all matching" is chosen or left
     */
    AccountsSelectionModel(Grid<AccountSummary> grid,
            SerializableConsumer<SelectionEvent<Grid<AccountSummary>, AccountSummary>> fire, Runnable allMatchingChanged) {
        super(grid);
        this.fire = fire;
        this.allMatchingChanged = allMatchingChanged;
        setSelectAllCheckboxVisibility(SelectAllCheckboxVisibility.VISIBLE);
    }

    /** Whether every account matching the filters is selected. */
    boolean isAllMatching() {
        return allMatching;
    }

    /** Selects every account matching the filters (as the header checkbox does). */
    void selectAllMatching() {
        if (!allMatching) {
            super.deselectAll();
            setAllMatching(true);
        }
    }

    @Override
    protected void fireSelectionEvent(SelectionEvent<Grid<AccountSummary>, AccountSummary> event) {
        fire.accept(event);
    }

    @Override
    protected void clientSelectAll() {
        selectAllMatching();
    }

    @Override
    protected void clientDeselectAll() {
        setAllMatching(false);
        super.clientDeselectAll();
    }

    @Override
    public void selectFromClient(AccountSummary item) {
        if (!allMatching) {
            super.selectFromClient(item);
        }
    }

    @Override
    public void deselectFromClient(AccountSummary item) {
        if (allMatching) {
            setAllMatching(false);
        }
        else {
            super.deselectFromClient(item);
        }
    }

    @Override
    public void deselectAll() {
        setAllMatching(false);
        super.deselectAll();
    }

    @Override
    public boolean isSelected(AccountSummary item) {
        return allMatching || super.isSelected(item);
    }

    private void setAllMatching(boolean all) {
        if (allMatching == all) {
            return;
        }
        allMatching = all;
        getSelectionColumn().setSelectAllCheckboxState(all);
        getSelectionColumn().setSelectAllCheckboxIndeterminateState(false);
        // the rows' checkboxes follow isSelected
        getGrid().getDataCommunicator().reset();
        allMatchingChanged.run();
    }

}
