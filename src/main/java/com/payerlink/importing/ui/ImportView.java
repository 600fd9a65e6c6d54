package com.payerlink.importing.ui;

import com.payerlink.account.domain.AccountListColumn;
import com.payerlink.core.ConcurrentChangeException;
import com.payerlink.core.InvalidInputException;
import com.payerlink.core.security.Roles;
import com.payerlink.core.ui.MainLayout;
import com.payerlink.core.ui.Notices;
import com.payerlink.core.ui.ViewBackgroundWork;
import com.payerlink.importing.domain.AccountImport;
import com.payerlink.importing.domain.ImportPreview;
import com.payerlink.importing.domain.ImportRow;
import com.payerlink.importing.domain.ImportRowStatus;
import com.payerlink.importing.domain.ImportService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.provider.ListDataProvider;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * Bulk import of an account list from a CSV file: upload, a preview of what would change (nothing is
 * written yet), then the operator confirms and the whole file is applied in one transaction, or cancels.
 * Reading and applying run in the background with a progress bar, pushed to the browser when done.
 */
@Route(value = "accounts/import", layout = MainLayout.class)
@PageTitle("Import accounts · Payerlink")
@Menu(order = 20, title = "Import", icon = "vaadin:upload")
@RolesAllowed({ Roles.ORG_ADMIN, Roles.OPERATOR })
public class ImportView extends VerticalLayout {

    static final String TEMPLATE_FILE_NAME = "account-list-template.csv";

    private static final Logger log = LoggerFactory.getLogger(ImportView.class);

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final transient ImportService importService;

    private final transient ViewBackgroundWork background;

    final Anchor template = new Anchor(DownloadHandler.fromInputStream(e -> template()), AttachmentType.DOWNLOAD, "");

    final Upload upload = new Upload();

    final Div progress = new Div();

    final Span progressText = new Span();

    final Div result = new Div();

    final Div previewPanel = new Div();

    final Span summary = new Span();

    final Div fileProblem = new Div();

    final Div notes = new Div();

    final Checkbox padIds = new Checkbox("Pad IDs to 12 digits");

    final Select<ImportRowStatus> show = new Select<>();

    final Grid<ImportRow> rows = new Grid<>(ImportRow.class, false);

    final Anchor errorsDownload = new Anchor(DownloadHandler.fromInputStream(e -> errorsCsv()), AttachmentType.DOWNLOAD, "");

    final Span confirmHint = new Span();

    final Button confirm = new Button("Import");

    final Button cancel = new Button("Cancel");

    final Grid<AccountImport> history = new Grid<>(AccountImport.class, false);

    // The file as uploaded, kept so that "pad IDs" can read it again; nothing uploaded is lost on an error.
    private byte[] uploaded;

    private String uploadedName;

    // Read by the errors download, which runs in its own request outside the session lock.
    private volatile ImportPreview current;

    // The running background step, if any (tests wait for it).
    CompletableFuture<Void> pending = CompletableFuture.completedFuture(null);

    private ZoneId zone = ZoneId.systemDefault();

    private ListDataProvider<ImportRow> rowData = new ListDataProvider<>(List.of());

    public ImportView(ImportService importService, ViewBackgroundWork background) {
        this.importService = importService;
        this.background = background;
        addClassName("import-view");
        setWidthFull();
        add(createHeader(), createUpload(), createProgress(), result, createPreview(), createHistory());
        showPreview(null);
        refreshHistory();
    }

    private VerticalLayout createHeader() {
        template.add(VaadinIcon.DOWNLOAD_ALT.create(), new Span("Template file"));
        template.getElement().setAttribute("download", TEMPLATE_FILE_NAME);
        template.addClassName("bulk-action");

        Grid<AccountListColumn> columns = new Grid<>(AccountListColumn.class, false);
        columns.addColumn(AccountListColumn::header).setHeader("Column").setAutoWidth(true).setFlexGrow(0);
        columns.addColumn(c -> c.required() ? "required" : "optional").setHeader("").setAutoWidth(true).setFlexGrow(0);
        columns.addColumn(AccountListColumn::description).setHeader("What").setFlexGrow(2);
        columns.addColumn(AccountListColumn::example).setHeader("Example").setFlexGrow(1);
        columns.setItems(AccountListColumn.values());
        columns.setAllRowsVisible(true);
        columns.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_NO_BORDER);
        Details expected = new Details("Expected columns",
                new Paragraph("The first line names the columns; headers such as \"Account ID\", \"AWS Account\","
                        + " \"Account Name\" or \"Email\" are recognised, in any case. Comma-, semicolon- and"
                        + " tab-separated files in UTF-8 (with or without BOM) or Windows-1252 are read. An empty"
                        + " cell keeps what is stored. New accounts start in Draft at step 1."),
                columns);
        expected.setOpened(true);

        VerticalLayout header = new VerticalLayout(new H2("Import accounts"),
                new Paragraph("Upload a CSV file with one customer account per line. You see what would change"
                        + " before anything is written; then import it all at once, or cancel."),
                template, expected);
        header.setPadding(false);
        return header;
    }

    private Upload createUpload() {
        long max = importService.maxBytes();
        upload.setUploadHandler(uploadHandler(max));
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, max));
        upload.setAcceptedFileTypes(".csv", ".txt", ".tsv", "text/csv", "text/plain", "text/tab-separated-values");
        upload.setDropLabel(new Span("Drop a CSV file here (at most " + (max / (1024 * 1024)) + " MB)"));
        upload.addFileRejectedListener(e -> showProblemWithoutPreview(
                e.getErrorMessage().toLowerCase(Locale.ROOT).contains("too big")
                        ? importService.overLimit(e.getFileName())
                        : "Payerlink imports CSV files (.csv, .tsv or .txt). Export the list from your spreadsheet"
                                + " as CSV and upload that file."));
        upload.addClassName("import-upload");
        return upload;
    }

    // Reads at most the limit (also when a client skips the browser's size check), then continues in the UI.
    private UploadHandler uploadHandler(long max) {
        return event -> {
            byte[] bytes = readAtMost(event.getInputStream(), max);
            String fileName = event.getFileName();
            event.getUI().access(() -> received(fileName, bytes));
        };
    }

    private static byte[] readAtMost(InputStream in, long max) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) > 0) {
            total += n;
            if (total > max) {
                return null;
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    private Div createProgress() {
        ProgressBar bar = new ProgressBar();
        bar.setIndeterminate(true);
        progress.add(progressText, bar);
        progress.addClassName("import-progress");
        progress.setWidthFull();
        progress.setVisible(false);
        return progress;
    }

    private Div createPreview() {
        fileProblem.addClassNames("callout", "import-file-problem");
        notes.addClassName("import-notes");
        summary.addClassName("import-summary");

        padIds.addValueChangeListener(e -> {
            if (e.isFromClient() && uploaded != null) {
                runPreview(e.getValue());
            }
        });

        show.setLabel("Show");
        show.setItems(ImportRowStatus.values());
        show.setEmptySelectionAllowed(true);
        show.setEmptySelectionCaption("All lines");
        show.setItemLabelGenerator(s -> s == null ? "All lines" : s.label());
        show.addValueChangeListener(e -> filterRows());

        rows.addColumn(ImportRow::line).setHeader("Line").setAutoWidth(true).setFlexGrow(0)
            .setTextAlign(ColumnTextAlign.END);
        rows.addComponentColumn(ImportView::statusBadge).setHeader("Status").setAutoWidth(true).setFlexGrow(0);
        rows.addColumn(ImportRow::partition).setHeader("Partition").setAutoWidth(true).setFlexGrow(0);
        rows.addColumn(ImportRow::accountId).setHeader("Account ID").setAutoWidth(true).setFlexGrow(0)
            .setPartNameGenerator(r -> "account-id");
        rows.addColumn(ImportRow::name).setHeader("Name").setFlexGrow(1);
        rows.addColumn(ImportRow::details).setHeader("Changes and messages").setFlexGrow(3)
            .setTooltipGenerator(ImportRow::details);
        rows.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        rows.addClassName("import-rows");
        rows.setHeight("28rem");

        errorsDownload.add(VaadinIcon.DOWNLOAD_ALT.create(), new Span("Errors as CSV"));
        errorsDownload.addClassName("bulk-action");

        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(e -> runApply());
        cancel.addClickListener(e -> cancelImport());
        confirmHint.addClassName("import-confirm-hint");

        HorizontalLayout toolbar = new HorizontalLayout(show, padIds, errorsDownload);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.getStyle().set("flex-wrap", "wrap");
        HorizontalLayout buttons = new HorizontalLayout(confirm, cancel, confirmHint);
        buttons.setAlignItems(FlexComponent.Alignment.CENTER);

        previewPanel.add(new H3("Preview"), summary, fileProblem, notes, toolbar, rows, buttons);
        previewPanel.addClassName("import-preview");
        previewPanel.setWidthFull();
        return previewPanel;
    }

    private VerticalLayout createHistory() {
        history.addColumn(i -> i.importedAt() == null ? "" : DATE_TIME.format(i.importedAt().atZoneSameInstant(zone)))
            .setHeader("When").setAutoWidth(true).setFlexGrow(0);
        history.addColumn(AccountImport::fileName).setHeader("File").setFlexGrow(2);
        history.addColumn(AccountImport::importedBy).setHeader("By").setFlexGrow(1);
        history.addColumn(AccountImport::created).setHeader("New").setAutoWidth(true).setFlexGrow(0);
        history.addColumn(AccountImport::updated).setHeader("Updated").setAutoWidth(true).setFlexGrow(0);
        history.addColumn(AccountImport::unchanged).setHeader("Unchanged").setAutoWidth(true).setFlexGrow(0);
        history.addColumn(AccountImport::padded).setHeader("IDs padded").setAutoWidth(true).setFlexGrow(0);
        history.setEmptyStateText("No imports yet.");
        history.setAllRowsVisible(true);
        history.addThemeVariants(GridVariant.LUMO_COMPACT);
        VerticalLayout section = new VerticalLayout(new H3("Import history"), history);
        section.setPadding(false);
        return section;
    }

    private static Span statusBadge(ImportRow row) {
        Span badge = new Span(row.status().label());
        badge.getElement().getThemeList().add(("badge " + row.status().badgeTheme()).strip());
        return badge;
    }

    void received(String fileName, byte[] bytes) {
        result.removeAll();
        if (bytes == null) {
            showProblemWithoutPreview(importService.overLimit(fileName));
            return;
        }
        uploaded = bytes;
        uploadedName = fileName;
        runPreview(false);
    }

    private void runPreview(boolean pad) {
        byte[] bytes = uploaded;
        String fileName = uploadedName;
        inBackground("Reading " + fileName + "…", () -> importService.preview(fileName, bytes, pad),
                this::showPreview, failure -> showProblemWithoutPreview(failure));
    }

    private void runApply() {
        ImportPreview preview = current;
        if (preview == null) {
            return;
        }
        inBackground("Importing " + preview.fileName() + "…", () -> importService.apply(preview), this::applied,
                failure -> {
                    Notices.error(failure);
                    showPreview(preview);
                });
    }

    /** Runs the work off the request thread, shows a progress bar meanwhile and pushes the outcome. */
    private <T> void inBackground(String what, Supplier<T> work, java.util.function.Consumer<T> done,
            java.util.function.Consumer<String> failed) {
        progressText.setText(what);
        progress.setVisible(true);
        upload.setEnabled(false);
        confirm.setEnabled(false);
        padIds.setEnabled(false);
        pending = background.run(work, value -> {
            finished();
            done.accept(value);
        }, error -> {
            finished();
            handleFailure(error, failed);
        });
    }

    private void finished() {
        progress.setVisible(false);
        upload.setEnabled(true);
        padIds.setEnabled(true);
    }

    private void handleFailure(Throwable error, java.util.function.Consumer<String> failed) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        if (cause instanceof InvalidInputException || cause instanceof AccessDeniedException) {
            failed.accept(cause.getMessage());
        }
        else if (cause instanceof ConcurrentChangeException) {
            Notices.error("Some accounts of this file were added or changed by someone else since the preview, so"
                    + " nothing was written. The preview below is fresh: check it and import again.");
            runPreview(current != null && current.padIds());
        }
        else {
            log.error("Import of {} failed", uploadedName, cause);
            failed.accept("Something went wrong on our side while handling " + uploadedName + "; nothing was"
                    + " written. Try again; if it happens again, send the file to support.");
        }
    }

    private void showPreview(ImportPreview preview) {
        current = preview;
        previewPanel.setVisible(preview != null);
        if (preview == null) {
            rowData = new ListDataProvider<>(List.of());
            rows.setItems(rowData);
            return;
        }
        boolean readable = preview.fileProblem() == null;
        summary.setText(preview.fileName() + (readable ? " · " + preview.format() + " · " + preview.rows().size()
                + " accounts: " + preview.count(ImportRowStatus.NEW) + " new, " + preview.count(ImportRowStatus.UPDATE)
                + " to update, " + preview.count(ImportRowStatus.UNCHANGED) + " unchanged, "
                + preview.count(ImportRowStatus.ERROR) + " with errors" : ""));
        fileProblem.setText(readable ? "" : preview.fileProblem() + " Nothing was written.");
        fileProblem.setVisible(!readable);
        notes.removeAll();
        preview.notes().forEach(n -> notes.add(new Paragraph(n)));
        padIds.setVisible(preview.paddable() > 0 || preview.padIds());
        padIds.setValue(preview.padIds());
        padIds.setLabel("Pad IDs to 12 digits (" + preview.paddable() + (preview.paddable() == 1 ? " ID has" : " IDs have")
                + " fewer digits: a spreadsheet dropped leading zeros)");
        show.setVisible(readable);
        rows.setVisible(readable);
        rowData = new ListDataProvider<>(preview.rows());
        rows.setItems(rowData);
        // a short file shows every line; a long one scrolls, lazily
        rows.setAllRowsVisible(preview.rows().size() <= 15);
        filterRows();
        errorsDownload.getElement().setAttribute("download", baseName(preview.fileName()) + "-errors.csv");
        errorsDownload.setVisible(!readable || preview.count(ImportRowStatus.ERROR) > 0);
        confirm.setEnabled(preview.canApply());
        confirm.setText(preview.canApply() ? "Import " + preview.writes() + (preview.writes() == 1 ? " account" : " accounts")
                : "Import");
        confirmHint.setText(confirmHint(preview));
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

    private void applied(AccountImport done) {
        String text = "Imported " + done.fileName() + ": " + done.created() + " new, " + done.updated() + " updated, "
                + done.unchanged() + " unchanged.";
        Notices.success(text);
        Button open = new Button("Show accounts", e -> UI.getCurrent().navigate("accounts"));
        open.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        result.removeAll();
        result.add(new Span(text), open);
        result.addClassName("import-result");
        clear();
        refreshHistory();
    }

    private void cancelImport() {
        clear();
        Notices.success("Import cancelled; nothing was written.");
    }

    private void clear() {
        uploaded = null;
        uploadedName = null;
        upload.clearFileList();
        showPreview(null);
    }

    private void showProblemWithoutPreview(String message) {
        Notices.error(message);
        result.removeAll();
        Div problem = new Div(new Span(message));
        problem.addClassName("callout");
        result.add(problem);
    }

    private void refreshHistory() {
        history.setItems(importService.history());
    }

    private DownloadResponse errorsCsv() {
        ImportPreview preview = current;
        byte[] csv = (preview == null ? "" : preview.errorsCsv()).getBytes(StandardCharsets.UTF_8);
        String name = preview == null ? "errors.csv" : baseName(preview.fileName()) + "-errors.csv";
        return new DownloadResponse(new ByteArrayInputStream(csv), name, "text/csv;charset=UTF-8", csv.length);
    }

    private DownloadResponse template() {
        byte[] csv = importService.templateCsv().getBytes(StandardCharsets.UTF_8);
        return new DownloadResponse(new ByteArrayInputStream(csv), TEMPLATE_FILE_NAME, "text/csv;charset=UTF-8", csv.length);
    }

    private static String baseName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return (dot > 0 ? fileName.substring(0, dot) : fileName).replaceAll("[^\\w.-]+", "_");
    }

}
