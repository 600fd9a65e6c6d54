package com.payerlink.account.domain;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import com.payerlink.core.InvalidInputException;
import com.payerlink.core.database.VersionedRows;
import com.payerlink.core.security.Role;
import com.payerlink.core.security.Roles;
import com.payerlink.core.tenancy.CurrentScope;
import com.payerlink.core.tenancy.TenantPages;
import com.payerlink.core.tenancy.TenantRows;
import com.payerlink.db.tables.records.CustomerAccountRecord;
import org.springframework.context.ApplicationEventPublisher;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The tenant's customer accounts and their connection wizard. Every step saves at once, records who
 * changed what, and refuses to overwrite a change someone else saved meanwhile.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class AccountService {

    private final AccountDAO accountDAO;

    private final WizardStepStore steps;

    private final CloudFormationSettings cloudFormation;

    private final ApplicationEventPublisher events;

    private final TenantPages pages;

    /** The tenant's accounts that match the query, in its order, as the grid and the API read them a page at a time. */
    public TenantRows<AccountSummary> matching(AccountQuery query) {
        return pages.of(Roles.READERS, (tenant, offset, limit) -> accountDAO.page(tenant, query, offset, limit),
                tenant -> accountDAO.count(tenant, query));
    }

    /** The grid rows of the chosen accounts of the caller's tenant (unknown ids are left out), by name. */
    @Transactional(readOnly = true)
    public List<AccountSummary> summaries(Collection<UUID> ids) {
        return accountDAO.findAll(CurrentScope.requireRoleInTenant(Roles.READERS), ids).stream()
            .map(r -> new AccountSummary(r.getId(), r.getName(), r.getAccountId(), r.getPartition(),
                    r.getConnectionMethod(), r.getState(), r.getWizardStep().number(), r.getUpdatedAt()))
            .toList();
    }

    /** The account, if it belongs to the caller's tenant. */
    @Transactional(readOnly = true)
    public CustomerAccount get(UUID id) {
        return AccountDAO.toAccount(accountDAO.get(CurrentScope.requireRoleInTenant(Roles.READERS), id));
    }

    /** Newest first. */
    @Transactional(readOnly = true)
    public List<HistoryEntry> history(UUID id) {
        CurrentScope.requireRole(Roles.READERS);
        get(id);
        return accountDAO.history(CurrentScope.requireTenant(), id);
    }

    /** Creates an account in DRAFT at step 1, with a fresh ExternalId. */
    @Transactional
    public CustomerAccount create(Partition partition, AccountDetails details) {
        return create(partition, details, null);
    }

    /** Creates a member of the management account's organization: verified with that account's report checks. */
    @Transactional
    public CustomerAccount createMember(UUID managementAccountId, AccountDetails details) {
        CustomerAccount management = get(managementAccountId);
        return create(management.partition(), details, management.id());
    }

    private CustomerAccount create(Partition partition, AccountDetails details, @Nullable UUID managementAccountId) {
        UUID tenant = CurrentScope.requireRoleInTenant(Roles.EDITORS);
        AccountDetails.Valid valid = details.validated();
        requireCustomerAccount(valid.accountId());
        Partition p = partition == null ? Partition.AWS : partition;
        steps.requireUniqueKey(tenant, p, valid.accountId(), null);
        CustomerAccountRecord r = accountDAO.newRecord();
        r.setId(UUID.randomUUID());
        r.setTenantId(tenant);
        r.setPartition(p);
        r.setAccountId(valid.accountId());
        r.setName(valid.name());
        r.setConnectionMethod(valid.method());
        r.setContactEmails(valid.contactEmails().toArray(String[]::new));
        r.setExternalId(ExternalId.generate());
        r.setManagementAccountId(managementAccountId);
        r.setState(AccountState.DRAFT);
        r.setWizardStep(WizardStep.PARTITION);
        steps.storeNew(r);
        if (managementAccountId != null) {
            events.publishEvent(new OrganizationMemberFound(tenant, managementAccountId, valid.accountId(), valid.name()));
        }
        accountDAO.addHistory(tenant, r.getId(), CurrentScope.actor(), AccountHistoryAction.CREATED, null,
                valid.name() + " (" + p.label() + " " + valid.accountId().value() + ")");
        return AccountDAO.toAccount(r);
    }

    /**
     * Creates an account from the New account dialog, which asks steps 1 and 2 (partition and details): the account
     * is in progress at step 3, so its wizard goes on from there.
     */
    @Transactional
    public CustomerAccount createWithFirstSteps(Partition partition, AccountDetails details) {
        CustomerAccount created = create(partition, details);
        CustomerAccountRecord r = steps.loadForStep(created.id());
        return steps.saveStep(r, created.version(), WizardStep.ACCOUNT,
                new HistoryChanges().add("Partition and account", "", "entered in the New account dialog"));
    }

    /**
     * Why an account ID cannot be a customer account, or empty: the platform's own accounts are refused, since a
     * role there would hand the platform's own identity to a tenant.
     */
    public Optional<String> notACustomerAccount(AccountId accountId) {
        if (!cloudFormation.isPlatformAccount(accountId)) {
            return Optional.empty();
        }
        return Optional.of("Account " + accountId.value() + " is the platform's own AWS account, which cannot be"
                + " connected as a customer account; enter your customer's 12-digit account ID instead.");
    }

    private void requireCustomerAccount(AccountId accountId) {
        notACustomerAccount(accountId).ifPresent(message -> {
            throw new InvalidInputException("accountId", message);
        });
    }

    /** Step 1: the partition. */
    @Transactional
    public CustomerAccount savePartition(UUID id, int seenVersion, Partition partition) {
        CustomerAccountRecord r = steps.loadForStep(id);
        Partition p = Objects.requireNonNull(partition, "partition");
        HistoryChanges changes = new HistoryChanges().add("Partition", r.getPartition().label(), p.label());
        if (changes.any()) {
            RegisteredConnectionRules.requireSameKey(r, "partition");
            steps.requireUniqueKey(r.getTenantId(), p, r.getAccountId(), r.getId());
            RegisteredConnectionRules.dropRoleArnsOfAnotherAccount(r, p, r.getAccountId(), changes);
            r.setPartition(p);
            // a region of the other partition would no longer be valid
            r.setCurBucketRegion(null);
        }
        return steps.saveStep(r, seenVersion, WizardStep.PARTITION, changes);
    }

    /** Step 2: account ID, name, connection method, contacts. */
    @Transactional
    public CustomerAccount saveDetails(UUID id, int seenVersion, AccountDetails details) {
        CustomerAccountRecord r = steps.loadForStep(id);
        AccountDetails.Valid valid = details.validated();
        requireCustomerAccount(valid.accountId());
        HistoryChanges changes = new HistoryChanges().add("Account ID", r.getAccountId(), valid.accountId());
        if (!valid.accountId().equals(r.getAccountId())) {
            RegisteredConnectionRules.requireSameKey(r, "accountId");
            steps.requireUniqueKey(r.getTenantId(), r.getPartition(), valid.accountId(), r.getId());
            RegisteredConnectionRules.dropRoleArnsOfAnotherAccount(r, r.getPartition(), valid.accountId(), changes);
            // another AWS account is not the organization member this one was found as
            if (r.getManagementAccountId() != null) {
                changes.add("Organization member", "yes", "no (another account ID)");
                r.setManagementAccountId(null);
            }
        }
        changes.add("Name", r.getName(), valid.name())
            .add("Method", r.getConnectionMethod().label(), valid.method().label())
            .add("Contacts", String.join(", ", r.getContactEmails()), String.join(", ", valid.contactEmails()));
        r.setAccountId(valid.accountId());
        r.setName(valid.name());
        r.setConnectionMethod(valid.method());
        r.setContactEmails(valid.contactEmails().toArray(String[]::new));
        return steps.saveStep(r, seenVersion, WizardStep.ACCOUNT, changes);
    }

    /** Step 3: the operator confirms IAM access to Billing is activated. */
    @Transactional
    public CustomerAccount confirmBillingAccess(UUID id, int seenVersion, boolean confirmed) {
        CustomerAccountRecord r = steps.loadForStep(id);
        if (!confirmed) {
            throw new InvalidInputException("billingAccessConfirmed",
                    "Confirm that IAM user and role access to Billing is activated before you go on.");
        }
        HistoryChanges changes = new HistoryChanges().add("Billing access", yesNo(r.getBillingAccessConfirmed()), yesNo(true));
        r.setBillingAccessConfirmed(true);
        return steps.saveStep(r, seenVersion, WizardStep.BILLING_ACCESS, changes);
    }

    /** Step 4: products and the Cost and Usage Report. */
    @Transactional
    public CustomerAccount saveCurSettings(UUID id, int seenVersion, CurSettings settings) {
        CustomerAccountRecord r = steps.loadForStep(id);
        CurSettings valid = settings.validated(r.getPartition());
        String[] products = valid.products().stream().map(Enum::name).sorted().toArray(String[]::new);
        HistoryChanges changes = new HistoryChanges()
            .add("Products", String.join(", ", r.getProducts()), String.join(", ", products))
            .add("Create the CUR", yesNo(r.getCreateCur()), yesNo(valid.createCur()))
            .add("Bucket", r.getCurBucket(), valid.bucket())
            .add("Report", r.getCurReportName(), valid.reportName())
            .add("Prefix", r.getCurPrefix(), valid.prefix())
            .add("Bucket region", r.getCurBucketRegion(), valid.bucketRegion());
        r.setProducts(products);
        r.setCreateCur(valid.createCur());
        r.setCurBucket(valid.bucket());
        r.setCurReportName(valid.reportName());
        r.setCurPrefix(valid.prefix());
        r.setCurBucketRegion(valid.bucketRegion());
        r.setCurSettingsConfirmed(valid.settingsConfirmed());
        return steps.saveStep(r, seenVersion, WizardStep.COST_REPORT, changes);
    }

    /** Step 5: the operator has run the CloudFormation template. */
    @Transactional
    public CustomerAccount confirmStackCreated(UUID id, int seenVersion) {
        CustomerAccountRecord r = steps.loadForStep(id);
        return steps.saveStep(r, seenVersion, WizardStep.CLOUDFORMATION, new HistoryChanges().add("Stack", "", "created"));
    }

    /** Step 6: the role ARN(s) from the stack's outputs, one per line. */
    @Transactional
    public CustomerAccount saveRoleArns(UUID id, int seenVersion, String rawArns) {
        CustomerAccountRecord r = steps.loadForStep(id);
        List<RoleArn> arns = RoleArn.parseLines(rawArns, r.getPartition(), r.getAccountId());
        HistoryChanges changes = new HistoryChanges().add("Role ARNs", RoleArn.joined(r.getRoleArns()), RoleArn.joined(arns));
        r.setRoleArns(arns);
        r.setUpdatedAt(OffsetDateTime.now());
        return steps.save(r, seenVersion, WizardStep.ROLE_ARN, changes, 6);
    }

    /** Registers the connection: org admins only, with every step done and role ARNs that fit the account. */
    @Transactional
    public CustomerAccount register(UUID id, int seenVersion) {
        CurrentScope.requireRole(Role.ORG_ADMIN);
        return register(steps.loadForStep(id), seenVersion);
    }

    /**
     * {@link #register(UUID, int)} of an account loaded in this transaction, stored with its other changes at once,
     * its history lines of those changes ({@code before}) written along with the registration's.
     */
    CustomerAccount register(CustomerAccountRecord r, int seenVersion, HistoryNote... before) {
        CurrentScope.requireRole(Role.ORG_ADMIN);
        CustomerAccount account = AccountDAO.toAccount(r);
        if (account.roleArns().isEmpty() || !r.getBillingAccessConfirmed() || !r.getCurSettingsConfirmed()) {
            throw new InvalidInputException("roleArns",
                    "Finish every step first: billing access (3), the report settings (4) and the role ARN (6).");
        }
        account.roleArns().forEach(arn -> InvalidInputException.inField("roleArns",
                () -> RoleArn.parse(arn.value(), account.partition(), account.accountId())));
        AccountStateTransitions.require(account.state(), AccountState.AWAITING_VERIFICATION);
        r.setState(AccountState.AWAITING_VERIFICATION);
        r.setRegisteredAt(OffsetDateTime.now());
        r.setRegisteredBy(CurrentScope.actor());
        r.setUpdatedAt(OffsetDateTime.now());
        VersionedRows.store(r, seenVersion, "Account " + r.original().getName());
        List<HistoryNote> notes = new ArrayList<>(List.of(before));
        notes.add(new HistoryNote(AccountHistoryAction.REGISTERED, null,
                "Connection registered; awaiting verification against AWS"));
        accountDAO.addHistory(r.getTenantId(), r.getId(), CurrentScope.actor(), notes);
        events.publishEvent(new ConnectionRegistered(r.getTenantId(), r.getId(), r.getName(), account.method(), CurrentScope.actor()));
        return AccountDAO.toAccount(r);
    }

    /**
     * Records something another feature did with the account (e.g. an invitation sent) in its
     * history, as the current user. Editors only.
     */
    @Transactional
    public void recordInHistory(UUID id, AccountHistoryAction action, String detail) {
        UUID tenant = CurrentScope.requireRoleInTenant(Roles.EDITORS);
        accountDAO.get(tenant, id); // another tenant's account (or none) is not found
        accountDAO.addHistory(tenant, id, CurrentScope.actor(), action, null, detail);
    }

    private static String yesNo(boolean b) {
        return b ? "yes" : "no";
    }

}
