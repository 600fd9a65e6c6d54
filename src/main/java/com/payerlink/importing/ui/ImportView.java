package com.payerlink.importing.ui;

import com.payerlink.account.domain.AccountListColumn;
import com.payerlink.core.ConcurrentChangeException;
import com.payerlink.core.InvalidInputException;
import com.payerlink.core.security.Roles;
import com.payerlink.core.ui.MainLayout;
import com.payerlink.core.ui.CsvDownload;
import com.payerlink.core.ui.Notices;
import com.payerlink.core.ui.TitledSection;
import com.payerlink.core.ui.ViewBackgroundWork;
import com.payerlink.importing.domain.AccountImport;
import com.payerlink.importing.domain.ImportBusyException;
import com.payerlink.importing.domain.ImportPreview;
import com.payerlink.importing.domain.ImportService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
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

    private final transient ImportService importService;

    private final transient ViewBackgroundWork background;

    final Anchor template;

    final Upload upload = new Upload();

    final Div progress = new Div();

    final Span progressText = new Span();

    final Div result = new Div();

    final ImportPreviewPanel previewPanel = new ImportPreviewPanel(this::padRequested, this::runApply, this::cancelImport);

    final ImportHistory history;

    // The file as uploaded, kept so that "pad IDs" can read it again; nothing uploaded is lost on an error.
    private byte[] uploaded;

    private String uploadedName;

    // The running background step, if any (tests wait for it).
    CompletableFuture<Void> pending = CompletableFuture.completedFuture(null);

    public ImportView(ImportService importService, ViewBackgroundWork background) {
        this.importService = importService;
        this.background = background;
        this.history = new ImportHistory(importService::history);
        this.template = CsvDownload.link("Template file", TEMPLATE_FILE_NAME, out -> out.write(importService.templateCsv()));
        addClassName("import-view");
        setWidthFull();
        TitledSection historySection = new TitledSection("Import history", "import-history");
        historySection.add(history);
        add(createHeader(), createUpload(), createProgress(), result, previewPanel, historySection);
        showPreview(null);
    }

    private VerticalLayout createHeader() {
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

    private void padRequested(boolean pad) {
        if (uploaded != null) {
            runPreview(pad);
        }
    }

    private void runApply() {
        ImportPreview preview = previewPanel.current();
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
        previewPanel.setBusy(true);
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
        previewPanel.setBusy(false);
    }

    private void handleFailure(Throwable error, java.util.function.Consumer<String> failed) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        if (cause instanceof InvalidInputException || cause instanceof AccessDeniedException
                || cause instanceof ImportBusyException) {
            failed.accept(cause.getMessage());
        }
        else if (cause instanceof ConcurrentChangeException) {
            Notices.error("Some accounts of this file were added or changed by someone else since the preview, so"
                    + " nothing was written. The preview below is fresh: check it and import again.");
            runPreview(previewPanel.current() != null && previewPanel.current().padIds());
        }
        else {
            log.error("Import of {} failed", uploadedName, cause);
            failed.accept("Something went wrong on our side while handling " + uploadedName + "; nothing was"
                    + " written. Try again; if it happens again, send the file to support.");
        }
    }

    private void showPreview(ImportPreview preview) {
        previewPanel.showPreview(preview);
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
        history.refresh();
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

}
