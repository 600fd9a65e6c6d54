package com.payerlink.api.web;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import com.payerlink.core.ConcurrentChangeException;
import com.payerlink.core.security.Role;
import com.payerlink.importing.domain.AccountImport;
import com.payerlink.importing.domain.ImportBusyException;
import com.payerlink.importing.domain.ImportPreview;
import com.payerlink.importing.domain.ImportRowStatus;
import com.payerlink.importing.domain.ImportService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;

/**
 * CSV import of account lists, with the portal's Import view's semantics: a dry run answers the preview and
 * writes nothing; an apply writes every NEW and UPDATE line in one transaction, or nothing if any line has an
 * error. Sending the same file again changes nothing (every line UNCHANGED).
 */
@RestController
@RequestMapping(path = BearerTokenFilter.IMPORT_PATH, produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Import", description = "CSV import of account lists: preview with dryRun=true, then apply")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class AccountImportController {

    /** Rows listed in an answer; the totals count every row. */
    static final int MAX_ROWS = 1_000;

    static final String TEXT_CSV = "text/csv";

    private static final String DESCRIPTION = "The file as in the portal's Import page (its template's columns; UTF-8"
            + " or Windows-1252, comma or semicolon separated). dryRun=true answers what would happen and writes nothing."
            + " Otherwise the NEW and UPDATE lines are written in one transaction; a file with any ERROR line is refused"
            + " with 422 and nothing is written; a file that matches what is stored answers with every line UNCHANGED"
            + " and writes nothing, so sending a file twice is safe. Rows lists the first " + MAX_ROWS + " lines. A file"
            + " may have up to payerlink.import.max-rows lines (200,000); a tenant runs at most two imports at once (429"
            + " with Retry-After when it tries more).";

    private final ImportService imports;

    @TokenScope(Role.OPERATOR)
    @PostMapping(consumes = TEXT_CSV)
    @Operation(summary = "Import a CSV account list", description = DESCRIPTION,
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = {
                    @Content(mediaType = TEXT_CSV, schema = @Schema(type = "string", format = "binary")),
                    @Content(mediaType = MediaType.MULTIPART_FORM_DATA_VALUE, schema = @Schema(implementation = ImportUpload.class)) }))
    @ApiResponse(responseCode = "200", description = "The preview (dryRun=true), or what was written")
    @ApiResponse(responseCode = "400", description = "A parameter is not valid, or the multipart body has no file part")
    @ApiResponse(responseCode = "403", description = "A Viewer token may not import (nor preview an import)")
    @ApiResponse(responseCode = "409",
            description = "Someone changed some of the file's accounts while it was imported; nothing was written")
    @ApiResponse(responseCode = "413", description = "The file is over the import's limit (payerlink.import.max-bytes)")
    @ApiResponse(responseCode = "422", description = "The file cannot be read as an account list, or (apply) lines have errors;"
            + " errors lists them with line, column, value and message. Nothing was written.")
    ImportResponse importCsv(HttpServletRequest request,
            @Parameter(description = "true: only answer what would happen") @RequestParam(defaultValue = "false") boolean dryRun,
            @Parameter(description = "Pad account IDs that lost leading zeros (1 to 11 digits) to 12 digits")
            @RequestParam(defaultValue = "false") boolean padIds,
            @Parameter(description = "The name the import is recorded under", example = "customers-2026-11.csv")
            @RequestParam(required = false) String fileName) throws IOException {
        return run(fileName, body(request), dryRun, padIds);
    }

    // One array of the announced size: a growing buffer would hold the file two or three times while reading it.
    private byte[] body(HttpServletRequest request) throws IOException {
        long announced = request.getContentLengthLong();
        if (announced > imports.maxBytes()) {
            throw tooLarge();
        }
        try (InputStream in = request.getInputStream()) {
            if (announced < 0) {
                byte[] chunked = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, imports.maxBytes() + 1));
                if (chunked.length > imports.maxBytes()) {
                    throw tooLarge();
                }
                return chunked;
            }
            byte[] csv = new byte[(int) announced];
            int read = in.readNBytes(csv, 0, csv.length);
            return read == csv.length ? csv : Arrays.copyOf(csv, read);
        }
        catch (BearerTokenFilter.BodyTooLargeException e) {
            throw tooLarge();
        }
    }

    /** The same import with the file as a form upload ({@code curl -F file=@accounts.csv}). */
    @TokenScope(Role.OPERATOR)
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import a CSV account list", description = DESCRIPTION)
    ImportResponse importFile(@RequestPart("file") MultipartFile file,
            @RequestParam(defaultValue = "false") boolean dryRun,
            @RequestParam(defaultValue = "false") boolean padIds,
            @RequestParam(required = false) String fileName) throws IOException {
        if (file.getSize() > imports.maxBytes()) {
            throw tooLarge();
        }
        return run(fileName != null ? fileName : file.getOriginalFilename(), file.getBytes(), dryRun, padIds);
    }

    private ImportResponse run(String fileName, byte[] bytes, boolean dryRun, boolean padIds) {
        if (bytes.length > imports.maxBytes()) {
            throw tooLarge();
        }
        try {
            return previewOrApply(fileName, bytes, dryRun, padIds);
        }
        catch (ImportBusyException e) {
            throw busy(e);
        }
    }

    private ImportResponse previewOrApply(String fileName, byte[] bytes, boolean dryRun, boolean padIds) {
        ImportPreview preview = imports.preview(fileName, bytes, padIds);
        if (preview.fileProblem() != null) {
            throw refused(preview, preview.fileProblem() + " Nothing was written.");
        }
        int errors = preview.count(ImportRowStatus.ERROR);
        if (dryRun) {
            return ImportResponse.of(preview, true, null, counts(preview) + (errors > 0
                    ? " Fix the lines with errors before applying: an apply writes nothing while any line has one."
                    + padHint(preview) : preview.writes() == 0 ? " Applying would write nothing." : ""));
        }
        if (errors > 0) {
            throw refused(preview, errors + (errors == 1 ? " line has an error" : " lines have errors") + ", so nothing"
                    + " was written. Fix " + (errors == 1 ? "it" : "them") + " in the file (errors lists each with its"
                    + " line and column) and send it again." + padHint(preview));
        }
        if (preview.writes() == 0) {
            return ImportResponse.of(preview, false, null, counts(preview) + " Every account matches what is stored"
                    + " already; nothing was written.");
        }
        AccountImport applied;
        try {
            applied = imports.apply(preview);
        }
        catch (ConcurrentChangeException e) {
            throw ApiProblems.error(HttpStatus.CONFLICT, "Some accounts of this file were added or changed by someone"
                    + " else while it was imported, so nothing was written. Send the file again (with dryRun=true first"
                    + " to see the fresh preview).");
        }
        return ImportResponse.of(preview, false, applied.id(), applied.created() + " new, " + applied.updated()
                + " updated, " + applied.unchanged() + " unchanged.");
    }

    // the parser's own messages speak of the Import page's checkbox; this is the API's way to say it
    private static String padHint(ImportPreview p) {
        return p.paddable() > 0 && !p.padIds() ? " " + p.paddable() + (p.paddable() == 1 ? " account ID looks" : " account IDs look")
                + " as if a spreadsheet dropped leading zeros: send padIds=true to pad them to 12 digits." : "";
    }

    private static String counts(ImportPreview p) {
        return p.count(ImportRowStatus.NEW) + " new, " + p.count(ImportRowStatus.UPDATE) + " to update, "
                + p.count(ImportRowStatus.UNCHANGED) + " unchanged, " + p.count(ImportRowStatus.ERROR) + " with errors.";
    }

    // 429: too many imports run at once, for the tenant or this node; Retry-After says when to try again
    private static ErrorResponseException busy(ImportBusyException e) {
        ErrorResponseException busy = ApiProblems.error(HttpStatus.TOO_MANY_REQUESTS, e.getMessage() + " Send the"
                + " file again after Retry-After seconds; send one file at a time per tenant.");
        busy.getHeaders().set(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfter().toSeconds()));
        return busy;
    }

    private ErrorResponseException tooLarge() {
        return new ErrorResponseException(HttpStatus.PAYLOAD_TOO_LARGE,
                BearerTokenFilter.importTooLargeProblem(imports.maxBytes()), null);
    }

    /** 422: the file's content is at fault, not the request; errors lists every problem (the first MAX_ROWS). */
    private static ErrorResponseException refused(ImportPreview preview, String detail) {
        ProblemDetail problem = ApiProblems.problem(HttpStatus.UNPROCESSABLE_ENTITY, detail);
        List<ImportResponse.ImportErrorResponse> errors = preview.fileProblem() != null
                ? List.of(new ImportResponse.ImportErrorResponse(null, null, null, preview.fileProblem()))
                : preview.rows().stream().flatMap(row -> row.messages().stream())
                    .map(ImportResponse.ImportErrorResponse::of).toList();
        problem.setProperty("errors", errors.stream().limit(MAX_ROWS).toList());
        problem.setProperty("errorCount", errors.size());
        // lines past the first 1,000 with errors are counted by the preview, not kept
        problem.setProperty("unlistedErrorLines", preview.unlistedErrors());
        problem.setProperty("fileName", preview.fileName());
        return new ErrorResponseException(HttpStatus.UNPROCESSABLE_ENTITY, problem, null);
    }

    /** The multipart form of the import, for the OpenAPI document. */
    record ImportUpload(@Schema(type = "string", format = "binary", requiredMode = Schema.RequiredMode.REQUIRED) String file) {
    }

}
