package com.payerlink.importing.ui;

import com.payerlink.core.ui.CsvDownload;
import com.payerlink.core.ui.StatusBadge;
import com.payerlink.importing.domain.ImportPreview;
import com.payerlink.importing.domain.ImportRow;
import com.payerlink.importing.domain.ImportRowStatus;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.provider.ListDataProvider;

import java.util.List;
import java.util.function.Consumer;

/**
 * What an uploaded file would change, before anything is written: a summary, each line as New,
 * Update, Unchanged or Error, "Errors as CSV", "Pad IDs", and the buttons that import or cancel.
 */
class ImportPreviewPanel extends Div {

    final Span summary = new Span();

    final Div fileProblem = new Div();

    final Div notes = new Div();

    final Checkbox padIds = new Checkbox("Pad IDs to 12 digits");

    final Select<ImportRowStatus> show = new Select<>();

    final Grid<ImportRow> rows = new Grid<>(ImportRow.class, false);

    // reads the preview shown, in its own request outside the session lock
    final Anchor errorsDownload = CsvDownload.link("Errors as CSV", this::errorsFileName,
            out -> out.write(this.current == null ? "" : this.current.errorsCsv()));

    final Span confirmHint = new Span();

    final Button confirm = new Button("Import");

    final Button cancel = new Button("Cancel");

    // Read by the errors download, which runs in its own request outside the session lock.
    private volatile ImportPreview current;

    private ListDataProvider<ImportRow> rowData = new ListDataProvider<>(List.of());

    /**
     * @param padRequested told when the user ticks or unticks "Pad IDs"
     * @param confirmed the user chose to import the file
     * @param cancelled the user chose not to
     */
    ImportPreviewPanel(Consumer<Boolean> padRequested, Runnable confirmed, Runnable cancelled) {
        fileProblem.addClassNames("callout", "import-file-problem");
        notes.addClassName("import-notes");
        summary.addClassName("import-summary");
        padIds.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                padRequested.accept(e.getValue());
            }
        });
        createFilter();
        createRows();
        errorsDownload.addClassName("bulk-action");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(e -> confirmed.run());
        cancel.addClickListener(e -> cancelled.run());
        confirmHint.addClassName("import-confirm-hint");

        HorizontalLayout toolbar = new HorizontalLayout(show, padIds, errorsDownload);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.getStyle().set("flex-wrap", "wrap");
        HorizontalLayout buttons = new HorizontalLayout(confirm, cancel, confirmHint);
        buttons.setAlignItems(FlexComponent.Alignment.CENTER);

        add(new H3("Preview"), summary, fileProblem, notes, toolbar, rows, buttons);
        addClassName("import-preview");
        setWidthFull();
    }

    private void createFilter() {
        show.setLabel("Show");
        show.setItems(ImportRowStatus.values());
        show.setEmptySelectionAllowed(true);
        show.setEmptySelectionCaption("All lines");
        show.setItemLabelGenerator(s -> s == null ? "All lines" : s.label());
        show.addValueChangeListener(e -> filterRows());
    }

    private void createRows() {
        rows.addColumn(ImportRow::line).setHeader("Line").setAutoWidth(true).setFlexGrow(0)
            .setTextAlign(ColumnTextAlign.END);
        rows.addComponentColumn(r -> new StatusBadge(r.status().statusLabel())).setHeader("Status")
            .setAutoWidth(true).setFlexGrow(0);
        rows.addColumn(ImportRow::partition).setHeader("Partition").setAutoWidth(true).setFlexGrow(0);
        rows.addColumn(ImportRow::accountId).setHeader("Account ID").setAutoWidth(true).setFlexGrow(0)
            .setPartNameGenerator(r -> "account-id");
        rows.addColumn(ImportRow::name).setHeader("Name").setFlexGrow(1);
        rows.addColumn(ImportRow::details).setHeader("Changes and messages").setFlexGrow(3)
            .setTooltipGenerator(ImportRow::details);
        rows.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        rows.addClassName("import-rows");
        rows.setHeight("28rem");
    }

    /** The preview shown, or null when none is. */
    ImportPreview current() {
        return current;
    }

    /** While the file is read or applied: nothing may be confirmed or padded. */
    void setBusy(boolean busy) {
        if (busy) {
            confirm.setEnabled(false);
        }
        padIds.setEnabled(!busy);
    }

    /** Shows what the file would change, or hides the panel when there is no preview. */
    void showPreview(ImportPreview preview) {
        current = preview;
        setVisible(preview != null);
        if (preview == null) {
            rowData = new ListDataProvider<>(List.of());
            rows.setItems(rowData);
            return;
        }
        boolean readable = preview.fileProblem() == null;
        summary.setText(preview.fileName() + (readable ? " · " + preview.format() + " · " + preview.lineCount()
                + " accounts: " + preview.count(ImportRowStatus.NEW) + " new, " + preview.count(ImportRowStatus.UPDATE)
                + " to update, " + preview.count(ImportRowStatus.UNCHANGED) + " unchanged, "
                + preview.count(ImportRowStatus.ERROR) + " with errors" : ""));
        fileProblem.setText(readable ? "" : preview.fileProblem() + " Nothing was written.");
        fileProblem.setVisible(!readable);
        notes.removeAll();
        preview.notes().forEach(n -> notes.add(new Paragraph(n)));
        if (preview.unlistedErrorsText() != null) {
            notes.add(new Paragraph(preview.unlistedErrorsText()));
        }
        showPadding(preview);
        showRows(preview, readable);
        errorsDownload.getElement().setAttribute("download", errorsFileName());
        errorsDownload.setVisible(!readable || preview.count(ImportRowStatus.ERROR) > 0);
        confirm.setEnabled(preview.canApply());
        confirm.setText(preview.canApply() ? "Import " + preview.writes() + (preview.writes() == 1 ? " account" : " accounts")
                : "Import");
        confirmHint.setText(confirmHint(preview));
    }

    private void showPadding(ImportPreview preview) {
        padIds.setVisible(preview.paddable() > 0 || preview.padIds());
        padIds.setValue(preview.padIds());
        padIds.setLabel("Pad IDs to 12 digits (" + preview.paddable() + (preview.paddable() == 1 ? " ID has" : " IDs have")
                + " fewer digits: a spreadsheet dropped leading zeros)");
    }

    private void showRows(ImportPreview preview, boolean readable) {
        show.setVisible(readable);
        rows.setVisible(readable);
        rowData = new ListDataProvider<>(preview.rows());
        rows.setItems(rowData);
        // a short file shows every line; a long one scrolls, lazily
        rows.setAllRowsVisible(preview.rows().size() <= 15);
        filterRows();
    }

    private static String confirmHint(ImportPreview p) {
        if (p.fileProblem() != null) {
            return "Fix the file and upload it again.";
        }
        int errors = p.count(ImportRowStatus.ERROR);
        if (errors > 0) {
            return "Nothing is imported while " + errors + (errors == 1 ? " line has an error" : " lines have errors")
                    + ": fix " + (errors == 1 ? "it" : "them") + " in the file and upload it again"
                    + (p.paddable() > 0 && !p.padIds() ? ", or pad the IDs if that is all." : ".");
        }
        if (p.writes() == 0) {
            return "Every account matches what is stored already; there is nothing to import.";
        }
        return "All " + p.writes() + " changes are written together, or none.";
    }

    private void filterRows() {
        ImportRowStatus status = show.getValue();
        rowData.setFilter(status == null ? null : r -> r.status() == status);
    }

    private String errorsFileName() {
        ImportPreview preview = current;
        return preview == null ? "errors.csv" : baseName(preview.fileName()) + "-errors.csv";
    }

    private static String baseName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return (dot > 0 ? fileName.substring(0, dot) : fileName).replaceAll("[^\\w.-]+", "_");
    }

}
