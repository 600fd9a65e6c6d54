package com.payerlink.importing.ui;

import com.microsoft.playwright.Locator;
import com.payerlink.core.security.Role;
import com.payerlink.core.ui.BrowserIT;
import com.payerlink.tenant.domain.Tenant;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Locale;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** The import as an operator does it in Chromium: a real upload through the browser and the servlet. */
class ImportIT extends BrowserIT {

    @Test
    void an_operator_uploads_an_excel_export_pads_the_ids_and_imports_it() throws Exception {
        Tenant t = newTenant();
        signIn(newUser(t, Role.OPERATOR).email(), PASSWORD);
        page.navigate(url("accounts/import"));

        upload(Paths.get("src/test/resources/imports/excel-semicolon-bom.csv"));

        assertThat(page.locator(".import-summary")).containsText("3 new, 0 to update, 0 unchanged, 1 with errors");
        page.locator("vaadin-checkbox", new com.microsoft.playwright.Page.LocatorOptions().setHasText("Pad IDs")).click();
        assertThat(page.locator(".import-summary")).containsText("4 new, 0 to update, 0 unchanged, 0 with errors");
        screenshot("import-preview");
        page.locator("vaadin-button", new com.microsoft.playwright.Page.LocatorOptions().setHasText("Import 4 accounts")).click();

        assertThat(page.locator(".import-result")).containsText("4 new, 0 updated");
        page.navigate(url("accounts"));
        assertThat(page.locator("vaadin-grid")).containsText("Ørsted Wind A/S");
    }

    @Test
    void a_file_of_several_megabytes_passes_the_servlet_and_is_previewed() throws IOException {
        Tenant t = newTenant();
        signIn(adminEmail(t), PASSWORD);
        page.navigate(url("accounts/import"));
        Path file = Files.createTempFile("accounts", ".csv");
        StringBuilder csv = new StringBuilder("account_id,name,contact_emails\r\n");
        for (int i = 0; i < 40_000; i++) {
            csv.append(String.format(Locale.ROOT, "%012d,Customer number %d of a long list,ops@c%d.example\r\n",
                    300_000_000_000L + i, i, i));
        }
        Files.writeString(file, csv);

        upload(file);

        assertThat(page.locator(".import-summary")).containsText("40000 accounts: 40000 new");
        Files.delete(file);
    }

    private void upload(Path file) {
        Locator input = page.locator("vaadin-upload input[type=file]");
        input.setInputFiles(file);
    }

}
