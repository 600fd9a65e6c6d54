package com.payerlink.importing.ui;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.payerlink.account.domain.AccountQuery;
import com.payerlink.account.domain.AccountService;
import com.payerlink.core.security.Role;
import com.payerlink.core.ui.KaribuTest;
import com.payerlink.importing.domain.ImportCapacity;
import com.payerlink.importing.domain.ImportRow;
import com.payerlink.importing.domain.ImportRowStatus;
import com.payerlink.tenant.domain.Tenant;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static com.github.mvysny.kaributesting.v10.DownloadKt._download;
import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.UploadKt._upload;
import static org.assertj.core.api.Assertions.assertThat;

class ImportViewTest extends KaribuTest {

    @Autowired
    private AccountService accountService;

    @Autowired
    private ImportCapacity capacity;

    @Test
    void an_operator_previews_pads_confirms_and_a_second_upload_is_all_unchanged() throws IOException {
        Tenant t = newTenant();
        login(newUser(t, Role.OPERATOR).email());
        ImportView view = openView();
        assertThat(view.previewPanel.isVisible()).isFalse();

        upload(view, "northwind-excel.csv", resource("excel-semicolon-bom.csv"));

        assertThat(view.previewPanel.isVisible()).isTrue();
        assertThat(view.previewPanel.summary.getText()).contains("UTF-8 with BOM, semicolon-separated")
            .contains("4 accounts: 3 new, 0 to update, 0 unchanged, 1 with errors");
        ImportRow error = _findAll(view.previewPanel.rows).stream().filter(r -> r.status() == ImportRowStatus.ERROR).findFirst().orElseThrow();
        assertThat(error.line()).isEqualTo(3);
        assertThat(error.details()).contains("Account ID 98765432109 has 11 digits").contains("use 098765432109");
        assertThat(view.previewPanel.padIds.isVisible()).isTrue();
        assertThat(view.previewPanel.confirm.isEnabled()).isFalse();
        assertThat(view.previewPanel.confirmHint.getText()).contains("1 line has an error").contains("pad the IDs");
        assertThat(view.previewPanel.errorsDownload.isVisible()).isTrue();
        // UTF-8 with a byte-order mark, as every CSV the portal writes
        assertThat(new String(_download(view.previewPanel.errorsDownload), StandardCharsets.UTF_8))
            .startsWith("\uFEFFline,column,value,message").contains("3,Account ID,98765432109,");
        assertThat(accountService.matching(AccountQuery.all()).count()).isZero();

        _setValue(view.previewPanel.padIds, true);
        await(view);

        assertThat(view.previewPanel.summary.getText()).contains("4 new, 0 to update, 0 unchanged, 0 with errors");
        assertThat(view.previewPanel.confirm.isEnabled()).isTrue();
        assertThat(view.previewPanel.confirm.getText()).isEqualTo("Import 4 accounts");

        view.previewPanel.confirm.click();
        await(view);

        assertThat(accountService.matching(AccountQuery.all()).count()).isEqualTo(4);
        assertThat(view.previewPanel.isVisible()).isFalse();
        assertThat(view.result.getElement().getTextRecursively()).contains("Imported northwind-excel.csv: 4 new, 0 updated");
        assertThat(_findAll(view.history)).singleElement().satisfies(h -> {
            assertThat(h.fileName()).isEqualTo("northwind-excel.csv");
            assertThat(h.created()).isEqualTo(4);
            assertThat(h.padded()).isEqualTo(1);
        });

        upload(view, "northwind-excel.csv", resource("excel-semicolon-bom.csv"));
        _setValue(view.previewPanel.padIds, true);
        await(view);

        assertThat(view.previewPanel.summary.getText()).contains("4 accounts: 0 new, 0 to update, 4 unchanged, 0 with errors");
        assertThat(view.previewPanel.confirm.isEnabled()).isFalse();
        assertThat(view.previewPanel.confirmHint.getText()).contains("nothing to import");
    }

    @Test
    void a_file_that_is_not_csv_gets_a_plain_message_and_no_rows() throws IOException {
        Tenant t = newTenant();
        login(adminEmail(t));
        ImportView view = openView();

        upload(view, "accounts.xlsx", resource("workbook.xlsx"));

        assertThat(view.previewPanel.fileProblem.isVisible()).isTrue();
        assertThat(view.previewPanel.fileProblem.getText()).contains("This is an Excel workbook (.xlsx)").contains("Nothing was written");
        assertThat(view.previewPanel.rows.isVisible()).isFalse();
        assertThat(view.previewPanel.confirm.isEnabled()).isFalse();
    }

    @Test
    void a_file_over_the_limit_is_refused_with_a_message() {
        Tenant t = newTenant();
        login(adminEmail(t));
        ImportView view = openView();

        view.received("huge.csv", null);

        assertThat(view.result.getElement().getTextRecursively())
            .contains("The file huge.csv is bigger than the limit of 20.0 MB");
        assertThat(view.previewPanel.isVisible()).isFalse();
    }

    @Test
    void an_upload_while_the_tenant_runs_two_imports_says_the_import_is_busy_and_reads_nothing() throws IOException {
        Tenant t = newTenant();
        login(adminEmail(t));
        ImportView view = openView();

        try (var first = capacity.claim(t.id()); var second = capacity.claim(t.id())) {
            upload(view, "all.csv", resource("all-columns.csv"));
        }

        assertThat(view.result.getElement().getTextRecursively())
            .contains("The import is busy with other files, try again in a minute");
        assertThat(view.previewPanel.isVisible()).isFalse();
        assertThat(accountService.matching(AccountQuery.all()).count()).isZero();
    }

    @Test
    void cancel_writes_nothing_and_clears_the_preview() throws IOException {
        Tenant t = newTenant();
        login(adminEmail(t));
        ImportView view = openView();
        upload(view, "all.csv", resource("all-columns.csv"));
        assertThat(view.previewPanel.confirm.isEnabled()).isTrue();

        view.previewPanel.cancel.click();

        assertThat(view.previewPanel.isVisible()).isFalse();
        assertThat(accountService.matching(AccountQuery.all()).count()).isZero();
    }

    @Test
    void the_template_download_is_the_header_and_an_example() {
        Tenant t = newTenant();
        login(adminEmail(t));
        ImportView view = openView();

        String csv = new String(_download(view.template), StandardCharsets.UTF_8);

        assertThat(csv).startsWith("\uFEFFaccount_id,name,partition,connection_method,contact_emails,products,cur_bucket,"
                + "report_name,report_prefix,bucket_region\r\n012345678901,Acme Retail,aws,MSP_SINGLE,");
    }

    @Test
    void a_viewer_cannot_open_the_import() {
        Tenant t = newTenant();
        login(newUser(t, Role.VIEWER).email());

        UI.getCurrent().navigate("accounts/import");

        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0)).isNotInstanceOf(ImportView.class);
    }

    private static void upload(ImportView view, String fileName, byte[] bytes) {
        _upload(view.upload, fileName, "text/csv", bytes);
        MockVaadin.clientRoundtrip();
        await(view);
    }

    // The preview and the apply run in the background; their outcome reaches the UI with the next roundtrip.
    private static void await(ImportView view) {
        view.pending.join();
        MockVaadin.clientRoundtrip();
    }

    private static byte[] resource(String file) throws IOException {
        try (InputStream in = ImportViewTest.class.getResourceAsStream("/imports/" + file)) {
            return in.readAllBytes();
        }
    }

    private static ImportView openView() {
        UI.getCurrent().navigate(ImportView.class);
        return (ImportView) UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0);
    }

}
