package com.payerlink.importing.domain;

import com.payerlink.IntegrationTest;
import com.payerlink.TestAccounts;
import com.payerlink.account.domain.AccountDetails;
import com.payerlink.account.domain.AccountQuery;
import com.payerlink.account.domain.AccountListService;
import com.payerlink.account.domain.AccountService;
import com.payerlink.account.domain.AccountState;
import com.payerlink.account.domain.ConnectionMethod;
import com.payerlink.account.domain.CurSettings;
import com.payerlink.account.domain.CustomerAccount;
import com.payerlink.account.domain.HistoryEntry;
import com.payerlink.account.domain.Partition;
import com.payerlink.account.domain.Product;
import com.payerlink.core.ConcurrentChangeException;
import com.payerlink.core.InvalidInputException;
import com.payerlink.core.security.Role;
import com.payerlink.tenant.domain.Tenant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ImportServiceTest extends IntegrationTest {

    @Autowired
    private ImportService importService;

    @Autowired
    private AccountService accountService;

    @Autowired
    private AccountListService accountLists;

    @Test
    void padding_ids_repairs_the_row_that_lost_its_leading_zero_and_the_accounts_start_in_draft_at_step_1() {
        Tenant t = newTenant();
        as(t, Role.OPERATOR, () -> {
            ImportPreview unpadded = preview("excel-semicolon-bom.csv", false);
            assertThat(unpadded.paddable()).isEqualTo(1);
            assertThat(unpadded.canApply()).isFalse();
            assertThat(unpadded.format()).isEqualTo("UTF-8 with BOM, semicolon-separated");

            ImportPreview padded = preview("excel-semicolon-bom.csv", true);
            assertThat(padded.count(ImportRowStatus.NEW)).isEqualTo(4);
            assertThat(padded.count(ImportRowStatus.ERROR)).isZero();
            assertThat(padded.padded()).isEqualTo(1);
            assertThat(padded.rows()).filteredOn(ImportRow::padded).singleElement()
                .satisfies(r -> assertThat(r.accountId()).isEqualTo("098765432109"));

            AccountImport applied = importService.apply(padded);

            assertThat(applied.created()).isEqualTo(4);
            assertThat(applied.padded()).isEqualTo(1);
            List<CustomerAccount> accounts = accountService.matching(AccountQuery.all()).page(0, 10).stream()
                .map(s -> accountService.get(s.id())).toList();
            assertThat(accounts).extracting(a -> a.accountId().value())
                .containsExactlyInAnyOrder("012345678901", "098765432109", "210987654321", "345678901234");
            assertThat(accounts).allSatisfy(a -> {
                assertThat(a.state()).isEqualTo(AccountState.DRAFT);
                assertThat(a.wizardStep()).isEqualTo(1);
                assertThat(a.externalId().isGeneratedFormat()).isTrue();
                assertThat(a.method()).isEqualTo(ConnectionMethod.MSP_SINGLE);
                assertThat(accountService.history(a.id())).extracting(HistoryEntry::detail)
                    .anySatisfy(d -> assertThat(d).startsWith("Imported from excel-semicolon-bom.csv"));
            });
            assertThat(accounts).extracting(a -> a.externalId().value()).doesNotHaveDuplicates();
            assertThat(accounts).filteredOn(a -> a.accountId().value().equals("345678901234")).singleElement()
                .satisfies(a -> assertThat(a.partition()).isEqualTo(Partition.AWS_CN));
            assertThat(importService.history()).singleElement().satisfies(h -> {
                assertThat(h.fileName()).isEqualTo("excel-semicolon-bom.csv");
                assertThat(h.totalRows()).isEqualTo(4);
                assertThat(h.created()).isEqualTo(4);
            });
            return null;
        });
    }

    @Test
    void importing_the_same_file_again_is_all_unchanged_and_writes_nothing() {
        Tenant t = newTenant();
        as(t, Role.OPERATOR, () -> {
            importService.apply(preview("all-columns.csv", false));
            var before = accountService.matching(AccountQuery.all()).page(0, 10).stream().map(s -> accountService.get(s.id())).toList();

            ImportPreview again = preview("all-columns.csv", false);

            assertThat(again.count(ImportRowStatus.UNCHANGED)).isEqualTo(3);
            assertThat(again.writes()).isZero();
            assertThat(again.canApply()).isFalse();
            assertThatThrownBy(() -> importService.apply(again)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("nothing to import");
            var after = accountService.matching(AccountQuery.all()).page(0, 10).stream().map(s -> accountService.get(s.id())).toList();
            assertThat(after).isEqualTo(before);
            assertThat(importService.history()).hasSize(1);
            return null;
        });
    }

    @Test
    void a_changed_row_is_an_update_naming_its_fields_and_keeps_the_wizard_step_and_external_id() {
        Tenant t = newTenant();
        as(t, Role.OPERATOR, () -> {
            CustomerAccount a = accountService.create(Partition.AWS,
                    new AccountDetails("111111111111", "Acme", ConnectionMethod.MSP_SINGLE, "old@acme.example"));
            a = accountService.savePartition(a.id(), a.version(), Partition.AWS);
            a = accountService.saveDetails(a.id(), a.version(),
                    new AccountDetails("111111111111", "Acme", ConnectionMethod.MSP_SINGLE, "old@acme.example"));
            assertThat(a.wizardStep()).isEqualTo(3);

            ImportPreview preview = importService.preview("changes.csv", csv("account_id,name,contact_emails,bucket_region\n"
                    + "111111111111,Acme Retail,new@acme.example,\n"), false);

            assertThat(preview.count(ImportRowStatus.UPDATE)).isEqualTo(1);
            assertThat(preview.rows().get(0).details()).isEqualTo("Name: Acme → Acme Retail; Contacts: old@acme.example → new@acme.example");
            importService.apply(preview);

            CustomerAccount after = accountService.get(a.id());
            assertThat(after.name()).isEqualTo("Acme Retail");
            assertThat(after.contactEmails()).containsExactly("new@acme.example");
            assertThat(after.wizardStep()).isEqualTo(3);
            assertThat(after.state()).isEqualTo(a.state());
            assertThat(after.externalId()).isEqualTo(a.externalId());
            assertThat(after.version()).isEqualTo(a.version() + 1);
            assertThat(accountService.history(a.id()).get(0).detail())
                .isEqualTo("Imported from changes.csv: Name: Acme → Acme Retail; Contacts: old@acme.example → new@acme.example");
            return null;
        });
    }

    @Test
    void a_rejected_apply_writes_zero_rows() {
        Tenant t = newTenant();
        as(t, Role.OPERATOR, () -> {
            ImportPreview withErrors = preview("duplicates.csv", false);

            assertThatThrownBy(() -> importService.apply(withErrors)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("1 line has an error, so nothing was written");

            assertThat(accountService.matching(AccountQuery.all()).count()).isZero();
            assertThat(importService.history()).isEmpty();
            return null;
        });
    }

    @Test
    void an_apply_fails_whole_when_an_account_was_added_meanwhile_and_nothing_is_written() {
        Tenant t = newTenant();
        as(t, Role.OPERATOR, () -> {
            ImportPreview preview = preview("all-columns.csv", false);
            assertThat(preview.count(ImportRowStatus.NEW)).isEqualTo(3);
            // someone adds the third account of the file between preview and confirm
            accountService.create(Partition.AWS_CN, new AccountDetails("333333333333", "Panda (by hand)",
                    ConnectionMethod.MSP_SINGLE, ""));

            assertThatThrownBy(() -> importService.apply(preview)).isInstanceOf(ConcurrentChangeException.class);

            assertThat(accountService.matching(AccountQuery.all()).page(0, 10)).extracting(s -> s.name())
                .containsExactly("Panda (by hand)");
            assertThat(importService.history()).isEmpty();
            return null;
        });
    }

    @Test
    void an_apply_fails_whole_when_an_account_changed_since_the_preview() {
        Tenant t = newTenant();
        as(t, Role.OPERATOR, () -> {
            CustomerAccount a = accountService.create(Partition.AWS,
                    new AccountDetails("222222222222", "Globe", ConnectionMethod.MSP_SINGLE, ""));
            ImportPreview preview = preview("all-columns.csv", false);
            assertThat(preview.count(ImportRowStatus.UPDATE)).isEqualTo(1);
            accountService.saveDetails(a.id(), a.version(),
                    new AccountDetails("222222222222", "Globe Two", ConnectionMethod.MSP_SINGLE, ""));

            assertThatThrownBy(() -> importService.apply(preview)).isInstanceOf(ConcurrentChangeException.class);

            assertThat(accountService.matching(AccountQuery.all()).count()).isEqualTo(1);
            assertThat(accountService.get(a.id()).name()).isEqualTo("Globe Two");
            return null;
        });
    }

    @Test
    void a_registered_connection_is_never_changed_by_an_import() {
        Tenant t = newTenant();
        CustomerAccount registeredNow = as(t, Role.ORG_ADMIN, () -> {
            CustomerAccount a = accountService.create(Partition.AWS,
                    new AccountDetails("222222222222", "Globex", ConnectionMethod.DIRECT_MANAGEMENT, "billing@globex.example"));
            a = accountService.confirmBillingAccess(a.id(), a.version(), true);
            a = accountService.saveCurSettings(a.id(), a.version(),
                    CurSettings.typed(Set.of(Product.ORGANIZATION_DISCOVERY), false, "globex-billing", "globex-cur", "", "eu-west-1", true));
            a = accountService.confirmStackCreated(a.id(), a.version());
            a = accountService.saveRoleArns(a.id(), a.version(), "arn:aws:iam::222222222222:role/PayerlinkRole");
            return accountService.register(a.id(), a.version());
        });
        // registration starts a verification; once it has settled, hold the account in a registered state so that
        // no job changes it while the import looks at it
        TestAccounts.settled(accountService, t, registeredNow.id());
        TestAccounts.forceState(registeredNow.id(), AccountState.PROCESSING);
        as(t, Role.OPERATOR, () -> {
            CustomerAccount registered = accountService.get(registeredNow.id());
            ImportPreview same = importService.preview("same.csv", csv("account_id,name\n222222222222,Globex\n"), false);
            assertThat(same.count(ImportRowStatus.UNCHANGED)).isEqualTo(1);

            ImportPreview renamed = importService.preview("renamed.csv", csv("account_id,name,cur_bucket\n"
                    + "222222222222,Globex Corp,other-bucket\n"), false);

            assertThat(renamed.count(ImportRowStatus.ERROR)).isEqualTo(1);
            assertThat(renamed.rows().get(0).messages().get(0).message())
                .contains("is registered (Processing), so an import cannot change it")
                .contains("Name: Globex → Globex Corp; Bucket: globex-billing → other-bucket");
            assertThatThrownBy(() -> importService.apply(renamed)).isInstanceOf(InvalidInputException.class);
            CustomerAccount after = accountService.get(registered.id());
            assertThat(after).isEqualTo(registered);
            return null;
        });
    }

    @Test
    void an_export_imports_back_all_unchanged_and_neutralises_formulas() throws IOException {
        Tenant t = newTenant();
        as(t, Role.OPERATOR, () -> {
            importService.apply(preview("all-columns.csv", false));
            importService.apply(preview("formula-names.csv", false));
            importService.apply(preview("quoted-fields.csv", false));
            importService.apply(importService.preview("bom.csv", ImportCorpusTest.bytes("excel-semicolon-bom.csv"), true));
            return null;
        });
        String exported = as(t, Role.OPERATOR, () -> export());

        assertThat(exported.lines().filter(l -> l.startsWith("212121212121"))).singleElement()
            .isEqualTo("212121212121,\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\",aws,MSP_SINGLE,"
                    + "x@formula.example,COST_ANALYTICS,,,,");
        assertThat(exported).contains("212121212122,'+1 Telecom,", "212121212123,'-minus GmbH,", "212121212124,'@at Corp,");
        assertThat(exported.lines().skip(1)).noneMatch(line -> line.matches("^[^\"]*,[=+\\-@].*") || line.matches("^[=+\\-@].*"));

        ImportPreview roundTrip = as(t, Role.OPERATOR, () -> importService.preview("export.csv", exported.getBytes(StandardCharsets.UTF_8), false));

        assertThat(roundTrip.count(ImportRowStatus.ERROR)).as(roundTrip.errorsCsv()).isZero();
        assertThat(roundTrip.count(ImportRowStatus.UNCHANGED)).isEqualTo(15);
        assertThat(roundTrip.writes()).isZero();
    }

    @Test
    void a_viewer_may_export_but_not_import() {
        Tenant t = newTenant();
        as(t, Role.VIEWER, () -> {
            assertThatThrownBy(() -> importService.preview("a.csv", csv("account_id,name\n111111111111,A\n"), false))
                .isInstanceOf(AccessDeniedException.class);
            assertThat(export()).startsWith("account_id,name,partition");
        });
    }

    @Test
    void a_preview_of_one_tenant_cannot_be_applied_in_another() {
        Tenant mine = newTenant();
        Tenant other = newTenant();
        ImportPreview preview = as(mine, Role.OPERATOR, () -> preview("all-columns.csv", false));

        assertThatThrownBy(() -> as(other, Role.OPERATOR, () -> importService.apply(preview))).isInstanceOf(AccessDeniedException.class);
        assertThat(as(mine, Role.OPERATOR, () -> accountService.matching(AccountQuery.all()).count())).isZero();
        assertThat(as(other, Role.OPERATOR, () -> accountService.matching(AccountQuery.all()).count())).isZero();
    }

    @Test
    void the_same_id_in_the_other_partition_is_a_separate_account() {
        Tenant t = newTenant();
        as(t, Role.OPERATOR, () -> {
            accountService.create(Partition.AWS, new AccountDetails("999999999991", "Commercial", ConnectionMethod.MSP_SINGLE, ""));

            ImportPreview preview = importService.preview("cn.csv", csv("account_id,name,partition\n999999999991,China,aws-cn\n"), false);

            assertThat(preview.count(ImportRowStatus.NEW)).isEqualTo(1);
            return null;
        });
    }

    @Test
    void a_file_over_the_limit_is_refused_with_the_limit() {
        Tenant t = newTenant();
        as(t, Role.OPERATOR, () -> {
            ImportPreview preview = importService.preview("big.csv", new byte[(int) importService.maxBytes() + 1], false);

            assertThat(preview.fileProblem()).startsWith("The file is 20.0 MB; the limit is 20.0 MB.");
            assertThat(preview.rows()).isEmpty();
            return null;
        });
    }

    @Test
    void the_errors_download_lists_line_column_value_and_message() {
        Tenant t = newTenant();
        as(t, Role.OPERATOR, () -> {
            String errors = preview("scientific-notation.csv", false).errorsCsv();

            assertThat(errors.lines().toList()).hasSize(3);
            assertThat(errors).startsWith("line,column,value,message\r\n2,account_id,1.23457E+11,\"Account ID 1.23457E+11 is in scientific notation");
            return null;
        });
    }

    @Test
    void the_template_imports_as_one_new_account() {
        Tenant t = newTenant();
        as(t, Role.OPERATOR, () -> {
            ImportPreview preview = importService.preview("template.csv",
                    importService.templateCsv().getBytes(StandardCharsets.UTF_8), false);

            assertThat(preview.count(ImportRowStatus.NEW)).as(preview.errorsCsv()).isEqualTo(1);
            return null;
        });
    }

    private ImportPreview preview(String file, boolean pad) {
        return importService.preview(file, ImportCorpusTest.bytes(file), pad);
    }

    private String export() {
        StringWriter out = new StringWriter();
        try {
            accountLists.writeAccountList(AccountQuery.all(), out);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static byte[] csv(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

}
