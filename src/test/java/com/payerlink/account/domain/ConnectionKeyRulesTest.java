package com.payerlink.account.domain;

import com.payerlink.IntegrationTest;
import com.payerlink.TestAccounts;
import com.payerlink.core.InvalidInputException;
import com.payerlink.core.security.Role;
import com.payerlink.tenant.domain.Tenant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What stays fixed about a connection: its AWS account once registered, and role ARNs of its own account only. */
class ConnectionKeyRulesTest extends IntegrationTest {

    @Autowired
    AccountService accounts;

    @Test
    void the_account_id_and_partition_of_a_registered_connection_cannot_change_but_its_name_can() {
        Tenant t = newTenant();
        // verification failed: the wizard is open again for repairs (after the run registration started is over)
        CustomerAccount registered = TestAccounts.registerAndSettle(accounts, t,
                TestAccounts.create(accounts, t, "515151515151", "Initech", ConnectionMethod.MSP_SINGLE, ""));
        TestAccounts.forceState(registered.id(), AccountState.VERIFICATION_FAILED);
        CustomerAccount failed = TestAccounts.get(accounts, t, registered.id());

        assertThatThrownBy(() -> as(t, Role.OPERATOR, () -> accounts.saveDetails(failed.id(), failed.version(),
                new AccountDetails("515151515152", "Initech", ConnectionMethod.MSP_SINGLE, ""))))
            .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                assertThat(e.field()).isEqualTo("accountId");
                assertThat(e.getMessage()).contains("registered for AWS account 515151515151", "New account");
            });
        assertThatThrownBy(() -> as(t, Role.OPERATOR, () -> accounts.savePartition(failed.id(), failed.version(),
                Partition.AWS_CN)))
            .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("partition"));

        CustomerAccount renamed = as(t, Role.OPERATOR, () -> accounts.saveDetails(failed.id(), failed.version(),
                new AccountDetails("5151-5151-5151", "Initech Europe", ConnectionMethod.MSP_SINGLE, "")));
        assertThat(renamed.name()).isEqualTo("Initech Europe");
        assertThat(renamed.accountId().value()).isEqualTo("515151515151");
        assertThat(renamed.roleArns()).hasSize(1);
    }

    @Test
    void before_registration_a_new_account_id_drops_the_role_arns_of_the_old_one_with_history() {
        Tenant t = newTenant();
        CustomerAccount complete = TestAccounts.complete(accounts, t,
                TestAccounts.create(accounts, t, "525252525252", "Globex", ConnectionMethod.MSP_SINGLE, ""));
        assertThat(complete.roleArns()).extracting(RoleArn::value)
            .containsExactly("arn:aws:iam::525252525252:role/PayerlinkRole");

        CustomerAccount fixed = as(t, Role.OPERATOR, () -> accounts.saveDetails(complete.id(), complete.version(),
                new AccountDetails("525252525253", "Globex", ConnectionMethod.MSP_SINGLE, "")));

        assertThat(fixed.accountId().value()).isEqualTo("525252525253");
        assertThat(fixed.roleArns()).isEmpty();
        assertThat(as(t, Role.VIEWER, () -> accounts.history(fixed.id())).get(0).detail())
            .contains("Role ARNs (of another account now): arn:aws:iam::525252525252:role/PayerlinkRole → none");
        // nothing of another account can be registered
        assertThatThrownBy(() -> as(t, Role.ORG_ADMIN, () -> accounts.register(fixed.id(), fixed.version())))
            .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void every_role_arn_must_belong_to_the_account() {
        Tenant t = newTenant();
        CustomerAccount complete = TestAccounts.complete(accounts, t,
                TestAccounts.create(accounts, t, "535353535353", "Hooli", ConnectionMethod.MSP_SINGLE, ""));

        assertThatThrownBy(() -> as(t, Role.OPERATOR, () -> accounts.saveRoleArns(complete.id(), complete.version(),
                "arn:aws:iam::535353535353:role/PayerlinkRole\narn:aws:iam::535353535354:role/Other")))
            .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                assertThat(e.field()).isEqualTo("roleArns");
                assertThat(e.getMessage()).contains("535353535354");
            });
        CustomerAccount two = as(t, Role.OPERATOR, () -> accounts.saveRoleArns(complete.id(), complete.version(),
                "arn:aws:iam::535353535353:role/PayerlinkRole\narn:aws:iam::535353535353:role/payerlink/Second"));
        assertThat(two.roleArns()).hasSize(2);
    }

    @Test
    void an_account_id_as_the_console_shows_it_is_taken_and_the_dialog_goes_on_at_step_3() {
        Tenant t = newTenant();

        CustomerAccount created = as(t, Role.OPERATOR, () -> accounts.createWithFirstSteps(Partition.AWS,
                new AccountDetails("4455-6677-8899", "Pied Piper", ConnectionMethod.MSP_SINGLE, "")));
        CustomerAccount spaced = as(t, Role.OPERATOR, () -> accounts.create(Partition.AWS,
                new AccountDetails(" 4455 6677 8898 ", "Raviga", ConnectionMethod.MSP_SINGLE, "")));

        assertThat(created.accountId().value()).isEqualTo("445566778899");
        assertThat(created.wizardStep()).isEqualTo(3);
        assertThat(created.state()).isEqualTo(AccountState.IN_PROGRESS);
        assertThat(spaced.accountId().value()).isEqualTo("445566778898");
        List<HistoryEntry> history = as(t, Role.VIEWER, () -> accounts.history(created.id()));
        assertThat(history).extracting(HistoryEntry::action).containsExactly("STEP_SAVED", "CREATED");
        assertThatThrownBy(() -> as(t, Role.OPERATOR, () -> accounts.create(Partition.AWS,
                new AccountDetails("4455-6677-889", "Short", ConnectionMethod.MSP_SINGLE, ""))))
            .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.getMessage()).contains("4455-6677-889"));
    }

}
