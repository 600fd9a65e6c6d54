package com.payerlink.importing.ui;

import com.payerlink.core.ui.Timestamps;
import com.payerlink.importing.domain.AccountImport;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;

import java.util.List;
import java.util.function.Supplier;

/** The tenant's past imports: when, which file, by whom, and how many accounts each added or changed. */
class ImportHistory extends Grid<AccountImport> {

    private final transient Supplier<List<AccountImport>> imports;

    ImportHistory(Supplier<List<AccountImport>> imports) {
        super(AccountImport.class, false);
        this.imports = imports;
        addColumn(i -> Timestamps.dateTime(i.importedAt())).setHeader("When").setAutoWidth(true).setFlexGrow(0);
        addColumn(AccountImport::fileName).setHeader("File").setFlexGrow(2);
        addColumn(AccountImport::importedBy).setHeader("By").setFlexGrow(1);
        addColumn(AccountImport::created).setHeader("New").setAutoWidth(true).setFlexGrow(0);
        addColumn(AccountImport::updated).setHeader("Updated").setAutoWidth(true).setFlexGrow(0);
        addColumn(AccountImport::unchanged).setHeader("Unchanged").setAutoWidth(true).setFlexGrow(0);
        addColumn(AccountImport::padded).setHeader("IDs padded").setAutoWidth(true).setFlexGrow(0);
        setEmptyStateText("No imports yet.");
        setAllRowsVisible(true);
        addThemeVariants(GridVariant.LUMO_COMPACT);
        refresh();
        // the times were first shown in the server's zone; show them again in the browser's
        Timestamps.refreshWhenZoneKnown(this, this::refresh);
    }

    /** Reads the history again, e.g. after an import. */
    void refresh() {
        setItems(imports.get());
    }

}
