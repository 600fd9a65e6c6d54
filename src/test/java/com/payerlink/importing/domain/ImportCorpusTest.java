package com.payerlink.importing.domain;

import com.payerlink.IntegrationTest;
import com.payerlink.account.domain.AccountQuery;
import com.payerlink.account.domain.AccountService;
import com.payerlink.core.security.Role;
import com.payerlink.tenant.domain.Tenant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * The corpus of real-world-shaped files in {@code src/test/resources/imports}: each file's preview (row
 * classes, messages) and what applying it writes, into a fresh tenant.
 */
class ImportCorpusTest extends IntegrationTest {

    @Autowired
    private ImportService importService;

    @Autowired
    private AccountService accountService;

    /**
     * One file's expected outcome.
     *
     * @param counts   NEW, UPDATE, UNCHANGED, ERROR
     * @param messages texts that the preview's messages (or its file problem) must contain
     * @param names    account names that an applied import must have stored (empty if it is refused)
     */
    record Expected(int[] counts, List<String> messages, List<String> names) {
    }

    static Stream<Arguments> corpus() {
        return Stream.of(
            arguments("excel-semicolon-bom.csv", new Expected(new int[] { 3, 0, 0, 1 },
                    List.of("Line 3, column Account ID: Account ID 98765432109 has 11 digits",
                            "use 098765432109", "Pad IDs to 12 digits"), List.of())),
            arguments("all-columns.csv", new Expected(new int[] { 3, 0, 0, 0 }, List.of(),
                    List.of("Acme Retail", "Globex", "Panda Trading"))),
            arguments("windows-1252.csv", new Expected(new int[] { 3, 0, 0, 0 }, List.of(),
                    List.of("Bäckerei Müller & Söhne", "Señor Café – 2€ Menü", "Société Générale Façades"))),
            arguments("tab-separated.tsv", new Expected(new int[] { 2, 0, 0, 0 }, List.of(), List.of("Hooli", "Initech"))),
            arguments("unicode-text-utf16.txt", new Expected(new int[] { 2, 0, 0, 0 }, List.of(),
                    List.of("Zürich Rück", "Αθήνα Cloud ΑΕ"))),
            arguments("scientific-notation.csv", new Expected(new int[] { 1, 0, 0, 2 },
                    List.of("Line 2, column account_id: Account ID 1.23457E+11 is in scientific notation",
                            "format the column as text, re-export the file",
                            "Line 3, column account_id: Account ID 123456789012.0 has a decimal part"), List.of())),
            arguments("quoted-fields.csv", new Expected(new int[] { 4, 0, 0, 0 }, List.of(),
                    List.of("Plain", "Smith, Jones & Co.", "The \"Best\" Bakery", "Two Lines Ltd"))),
            arguments("duplicates.csv", new Expected(new int[] { 3, 0, 0, 1 },
                    List.of("Line 4, column account_id: Account 999999999991 (AWS) is on line 2 already"), List.of())),
            arguments("blank-lines-and-spaces.csv", new Expected(new int[] { 2, 0, 0, 0 }, List.of(),
                    List.of("Nbsp GmbH", "Spaced Out Ltd"))),
            arguments("empty.csv", fileProblem("The file is empty")),
            arguments("whitespace-only.csv", fileProblem("The file is empty")),
            arguments("header-only.csv", fileProblem("has a header line but no accounts")),
            arguments("picture.png", fileProblem("This file is not text, so it is not a CSV file")),
            arguments("workbook.xlsx", fileProblem("This is an Excel workbook (.xlsx)")),
            arguments("missing-name-column.csv", fileProblem("The file has no name column")),
            arguments("pipe-delimited.csv", fileProblem("seem separated by '|'")),
            arguments("no-header.csv", fileProblem("the first line must be the header")),
            arguments("duplicate-columns.csv", fileProblem("The columns \"email\" and \"contacts\" both mean contact_emails")),
            arguments("ragged-rows.csv", new Expected(new int[] { 2, 0, 0, 2 },
                    List.of("Line 2: This line has 4 values, but the header has 3 columns",
                            "Line 3: This line has 2 values, but the header has 3 columns"), List.of())),
            arguments("over-long-cell.csv", new Expected(new int[] { 0, 0, 0, 2 },
                    List.of("This value has 5000 characters", "a double quote opened on line 3 is probably never closed"),
                    List.of())),
            arguments("bad-values.csv", new Expected(new int[] { 0, 0, 0, 9 },
                    List.of("Bucket name 'My_Bucket' contains '_'", "af-south-1 needs opt-in",
                            "Product 'BILLING_MAGIC' does not exist", "\"not-an-email\" is not an e-mail address",
                            "Connection method 'RESELLER' does not exist", "AWS GovCloud (aws-us-gov) is not supported",
                            "contains 'X', which is not a digit", "The name is empty",
                            "Report prefix '/cur' starts with a slash"), List.of())),
            arguments("formula-names.csv", new Expected(new int[] { 4, 0, 0, 0 }, List.of(),
                    List.of("+1 Telecom", "-minus GmbH", "=HYPERLINK(\"http://evil.example\",\"click\")", "@at Corp"))));
    }

    private static Expected fileProblem(String message) {
        return new Expected(new int[] { 0, 0, 0, 0 }, List.of(message), List.of());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void each_file_of_the_corpus_previews_and_applies_as_expected(String file, Expected expected) {
        Tenant tenant = newTenant();
        as(tenant, Role.OPERATOR, () -> {
            ImportPreview preview = importService.preview(file, bytes(file), false);

            assertThat(new int[] { preview.count(ImportRowStatus.NEW), preview.count(ImportRowStatus.UPDATE),
                    preview.count(ImportRowStatus.UNCHANGED), preview.count(ImportRowStatus.ERROR) })
                .as("NEW, UPDATE, UNCHANGED, ERROR of %s", file).containsExactly(expected.counts());
            String messages = (preview.fileProblem() == null ? "" : preview.fileProblem()) + "\n" + String.join("\n",
                    preview.rows().stream().flatMap(r -> r.messages().stream()).map(ImportMessage::describe).toList());
            if (expected.messages().isEmpty()) {
                assertThat(messages.strip()).isEmpty();
            }
            else {
                assertThat(messages).contains(expected.messages());
            }

            if (preview.canApply()) {
                AccountImport applied = importService.apply(preview);
                assertThat(applied.created()).isEqualTo(expected.counts()[0]);
            }
            assertThat(accountService.matching(AccountQuery.all()).page(0, 100)).extracting(a -> a.name())
                .containsExactlyElementsOf(expected.names());
            return null;
        });
    }

    static byte[] bytes(String file) {
        try (InputStream in = ImportCorpusTest.class.getResourceAsStream("/imports/" + file)) {
            return in.readAllBytes();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
