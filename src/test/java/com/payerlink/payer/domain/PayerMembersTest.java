package com.payerlink.payer.domain;

import com.payerlink.IntegrationTest;
import com.payerlink.account.domain.AccountId;
import com.payerlink.account.domain.AccountService;
import com.payerlink.account.domain.CustomerAccount;
import com.payerlink.core.InvalidInputException;
import com.payerlink.core.security.Role;
import com.payerlink.tenant.domain.Tenant;
import com.payerlink.verification.AwsStub;
import com.payerlink.payer.Payers;
import com.payerlink.verification.aws.LinkedAccount;
import com.payerlink.verification.domain.OrganizationService;
import com.payerlink.verification.domain.VerificationService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** A payer's members read from Organizations (every page), flagged when they join or leave, grouped into customers. */
class PayerMembersTest extends IntegrationTest {

    private static final AwsStub aws = AwsStub.shared();

    @Autowired
    AccountService accountService;

    @Autowired
    VerificationService verificationService;

    @Autowired
    PayerMemberService members;

    @Autowired
    CustomerService customers;

    @Autowired
    MemberSyncSweep sweep;

    @Autowired
    OrganizationService organizations;

    private CustomerAccount verifiedPayer(Tenant t, int n) {
        return Payers.verifiedPayer(aws, accountService, verificationService, t, n);
    }

    private static void organizationOf(CustomerAccount payer, int first, int count) {
        Payers.organizationOf(aws, payer, first, count);
    }

    private static AccountId member(int i) {
        return Payers.member(i);
    }

    @Test
    void a_payer_of_1205_members_lists_every_page_and_flags_who_joined_and_left_on_the_next_sync() {
        Tenant t = newTenant();
        CustomerAccount payer = verifiedPayer(t, 41);
        organizationOf(payer, 0, 1205);

        MemberSyncStatus first = as(t, Role.OPERATOR, () -> members.sync(payer.id()));

        assertThat(first.memberCount()).isEqualTo(1205);
        List<PayerMember> listed = as(t, Role.VIEWER, () -> members.members(payer.id()));
        assertThat(listed).hasSize(1205).extracting(PayerMember::flag).containsOnly(MemberFlag.NONE);
        assertThat(listed).extracting(PayerMember::accountId).doesNotContain(payer.accountId())
            .contains(member(0), member(1204));
        assertThat(as(t, Role.VIEWER, () -> members.changes())).isEqualTo(new MemberChanges(0, 0));

        // member 0 left the organization, 1205 and 1206 joined
        organizationOf(payer, 1, 1206);
        as(t, Role.OPERATOR, () -> members.sync(payer.id()));

        List<PayerMember> after = as(t, Role.VIEWER, () -> members.members(payer.id()));
        assertThat(after).hasSize(1207).filteredOn(m -> m.flag() != MemberFlag.NONE)
            .extracting(PayerMember::accountId, PayerMember::flag)
            .containsExactlyInAnyOrder(tuple(member(1205), MemberFlag.NEW), tuple(member(1206), MemberFlag.NEW),
                    tuple(member(0), MemberFlag.REMOVED));
        assertThat(after.get(after.size() - 1).accountId()).isEqualTo(member(0));
        assertThat(after.get(after.size() - 1).removed()).isTrue();
        assertThat(as(t, Role.VIEWER, () -> members.changes())).isEqualTo(new MemberChanges(2, 1));
        // another tenant sees none of it
        Tenant other = newTenant();
        assertThat(as(other, Role.VIEWER, () -> members.members(payer.id()))).isEmpty();
        assertThat(as(other, Role.VIEWER, () -> members.changes())).isEqualTo(new MemberChanges(0, 0));

        assertThat(as(t, Role.OPERATOR, () -> members.acknowledgeChanges(payer.id()))).isEqualTo(3);
        assertThat(as(t, Role.VIEWER, () -> members.changes())).isEqualTo(new MemberChanges(0, 0));
    }

    @Test
    void a_refused_listing_keeps_the_members_and_says_why() {
        Tenant t = newTenant();
        CustomerAccount payer = verifiedPayer(t, 42);
        organizationOf(payer, 3000, 3);
        as(t, Role.OPERATOR, () -> members.sync(payer.id()));

        aws.jsonError(AwsStub.ORGANIZATIONS + "ListAccounts", 400, "AccessDeniedException", "not allowed");
        try {
            assertThatThrownBy(() -> as(t, Role.OPERATOR, () -> members.sync(payer.id())))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("organizations:ListAccounts was denied");
        }
        finally {
            aws.server().removeStubMapping(aws.server().getStubMappings().stream()
                .filter(s -> s.getPriority() != null && s.getPriority() == 1 && s.getRequest().toString().contains("ListAccounts"))
                .findFirst().orElseThrow());
        }

        assertThat(as(t, Role.VIEWER, () -> members.members(payer.id()))).hasSize(3);
        assertThat(as(t, Role.VIEWER, () -> members.syncStatus(payer.id())).orElseThrow().problem())
            .contains("organizations:ListAccounts was denied");
    }

    @Test
    void the_daily_sweep_syncs_every_verified_payer_as_a_durable_task() {
        Tenant t = newTenant();
        CustomerAccount payer = verifiedPayer(t, 43);
        organizationOf(payer, 4000, 2);

        assertThat(sweep.sweep()).isGreaterThanOrEqualTo(1);

        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30))
            .until(() -> as(t, Role.VIEWER, () -> members.members(payer.id())).size() == 2);
    }

    @Test
    void members_are_grouped_into_customers_one_or_many_at_once() {
        Tenant t = newTenant();
        CustomerAccount payer = verifiedPayer(t, 44);
        organizationOf(payer, 5000, 4);
        as(t, Role.OPERATOR, () -> members.sync(payer.id()));
        Customer acme = as(t, Role.OPERATOR, () -> customers.create("Acme Corp", "billing@acme.example, it@acme.example"));

        int grouped = as(t, Role.OPERATOR, () -> members.group(payer.id(), List.of(member(5000), member(5001)), acme.id()));

        assertThat(grouped).isEqualTo(2);
        assertThat(as(t, Role.VIEWER, () -> customers.get(acme.id())).memberCount()).isEqualTo(2);
        assertThat(as(t, Role.VIEWER, () -> members.members(payer.id()))).filteredOn(m -> acme.id().equals(m.customerId()))
            .extracting(PayerMember::customerName).containsOnly("Acme Corp");
        assertThat(as(t, Role.VIEWER, () -> members.membersOfCustomersOf(member(5001))))
            .extracting(PayerMember::accountId).containsExactly(member(5000), member(5001));
        assertThatThrownBy(() -> as(t, Role.OPERATOR, () -> customers.create(" acme corp ", "")))
            .isInstanceOf(InvalidInputException.class).hasMessageContaining("already a customer named");
        assertThatThrownBy(() -> as(t, Role.OPERATOR, () -> customers.create("Beta", "not-an-address")))
            .isInstanceOf(InvalidInputException.class).hasMessageContaining("not-an-address");
        assertThatThrownBy(() -> as(t, Role.VIEWER, () -> members.group(payer.id(), List.of(member(5002)), acme.id())))
            .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    void a_member_added_from_the_organizations_list_is_the_same_member_a_sync_finds() {
        Tenant t = newTenant();
        CustomerAccount payer = verifiedPayer(t, 45);
        organizationOf(payer, 6500, 2);
        as(t, Role.OPERATOR, () -> members.sync(payer.id()));

        // added from the organization's list before a sync lists it (as a StackSet member reports in)
        as(t, Role.OPERATOR, () -> organizations.addLinkedAccounts(payer.id(), List.of(
                new LinkedAccount(member(6501).value(), "Member 6501", "", "ACTIVE"),
                new LinkedAccount(member(6502).value(), "Member 6502", "", "ACTIVE")),
                com.payerlink.account.domain.ConnectionMethod.MSP_SINGLE));

        List<PayerMember> listed = as(t, Role.VIEWER, () -> members.members(payer.id()));
        assertThat(listed).extracting(m -> m.accountId().value(), PayerMember::flag, m -> m.connection() != null)
            .containsExactlyInAnyOrder(tuple(member(6500).value(), MemberFlag.NONE, false),
                    tuple(member(6501).value(), MemberFlag.NONE, true),
                    tuple(member(6502).value(), MemberFlag.NEW, true));
        UUID addedId = listed.stream().filter(m -> m.accountId().equals(member(6502))).findFirst().orElseThrow()
            .connection().id();
        CustomerAccount added = as(t, Role.VIEWER, () -> accountService.get(addedId));
        assertThat(added.managementAccountId()).isEqualTo(payer.id());

        // the next sync lists it: one member, not a second one, and no longer news once seen
        organizationOf(payer, 6500, 3);
        as(t, Role.OPERATOR, () -> members.sync(payer.id()));
        assertThat(as(t, Role.VIEWER, () -> members.members(payer.id()))).hasSize(3)
            .filteredOn(m -> m.accountId().equals(member(6502))).singleElement()
            .satisfies(m -> assertThat(m.flag()).isEqualTo(MemberFlag.NEW));
        // the accounts grid flags it, and the payer whose members changed
        assertThat(as(t, Role.VIEWER, () -> members.changesOf(List.of(added.id(), payer.id()))))
            .containsEntry(added.id(), MemberChange.JOINED).containsEntry(payer.id(), MemberChange.MEMBERS_CHANGED);
    }

    @Test
    void the_database_refuses_a_management_account_link_without_the_membership() throws Exception {
        Tenant t = newTenant();
        CustomerAccount payer = verifiedPayer(t, 46);
        CustomerAccount loner = com.payerlink.TestAccounts.create(accountService, t, "646464646464", "Loner",
                com.payerlink.account.domain.ConnectionMethod.MSP_SINGLE, "");
        com.payerlink.TestDatabase db = com.payerlink.TestDatabase.get();
        try (var c = java.sql.DriverManager.getConnection(db.url(), db.username(), db.password());
                var s = c.prepareStatement("update customer_account set management_account_id = ? where id = ?")) {
            s.setObject(1, payer.id());
            s.setObject(2, loner.id());
            assertThatThrownBy(s::executeUpdate).isInstanceOf(java.sql.SQLException.class)
                .hasMessageContaining("customer_account_membership_fk");
        }
    }

}
