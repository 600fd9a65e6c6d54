package com.payerlink.account.domain;

import com.payerlink.core.ConcurrentChangeException;
import com.payerlink.core.InvalidInputException;
import com.payerlink.core.security.Role;
import com.payerlink.core.tenancy.CurrentScope;
import com.payerlink.db.tables.records.CustomerAccountRecord;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The tenant's customer accounts and their connection wizard. Every step saves at once, records who
 * changed what, and refuses to overwrite a change someone else saved meanwhile.
 */
@Service
public class AccountService {

    private static final Role[] EDITORS = { Role.ORG_ADMIN, Role.OPERATOR };

    private static final Role[] READERS = { Role.ORG_ADMIN, Role.OPERATOR, Role.VIEWER };

    private final AccountDAO accountDAO;

    private final CloudFormationSettings cloudFormation;

    private final ApplicationEventPublisher events;

    AccountService(AccountDAO accountDAO, CloudFormationSettings cloudFormation, ApplicationEventPublisher events) {
        this.accountDAO = accountDAO;
        this.cloudFormation = cloudFormation;
        this.events = events;
    }

    /** One page of the tenant's accounts for the grid. */
    @Transactional(readOnly = true)
    public List<AccountSummary> page(AccountQuery query, int offset, int limit) {
        CurrentScope.requireRole(READERS);
        return accountDAO.page(CurrentScope.requireTenant(), query, offset, limit);
    }

    /** How many of the tenant's accounts match the query. */
    @Transactional(readOnly = true)
    public int count(AccountQuery query) {
        CurrentScope.requireRole(READERS);
        return accountDAO.count(CurrentScope.requireTenant(), query);
    }

    /** The grid rows of the chosen accounts of the caller's tenant (unknown ids are left out), by name. */
    @Transactional(readOnly = true)
    public List<AccountSummary> summaries(Collection<UUID> ids) {
        CurrentScope.requireRole(READERS);
        return accountDAO.findAll(CurrentScope.requireTenant(), ids).stream()
            .map(r -> new AccountSummary(r.getId(), r.getName(), r.getAccountId(), Partition.parse(r.getPartition()),
                    ConnectionMethod.valueOf(r.getConnectionMethod()), AccountState.valueOf(r.getState()),
                    r.getWizardStep(), r.getUpdatedAt()))
            .toList();
    }

    /** The account, if it belongs to the caller's tenant. */
    @Transactional(readOnly = true)
    public CustomerAccount get(UUID id) {
        CurrentScope.requireRole(READERS);
        return accountDAO.find(CurrentScope.requireTenant(), id).map(AccountDAO::toAccount)
            .orElseThrow(() -> new AccountNotFoundException(id));
    }

    /** The id of the tenant's account with this account ID in this partition, if there is one. */
    @Transactional(readOnly = true)
    public Optional<UUID> idOfAccount(Partition partition, AccountId accountId) {
        CurrentScope.requireRole(READERS);
        return accountDAO.idOfAccountWithKey(CurrentScope.requireTenant(), partition, accountId);
    }

    /** Newest first. */
    @Transactional(readOnly = true)
    public List<HistoryEntry> history(UUID id) {
        CurrentScope.requireRole(READERS);
        get(id);
        return accountDAO.history(CurrentScope.requireTenant(), id);
    }

    /** Creates an account in DRAFT at step 1, with a fresh ExternalId. */
    @Transactional
    public CustomerAccount create(Partition partition, AccountDetails details) {
        CurrentScope.requireRole(EDITORS);
        UUID tenant = CurrentScope.requireTenant();
        AccountDetails.Valid valid = details.validated();
        Partition p = partition == null ? Partition.AWS : partition;
        requireUniqueKey(tenant, p, valid.accountId(), null);
        CustomerAccountRecord r = accountDAO.newRecord();
        r.setId(UUID.randomUUID());
        r.setTenantId(tenant);
        r.setPartition(p.id());
        r.setAccountId(valid.accountId().value());
        r.setName(valid.name());
        r.setConnectionMethod(valid.method().name());
        r.setContactEmails(valid.contactEmails().toArray(String[]::new));
        r.setExternalId(ExternalId.generate().value());
        r.setState(AccountState.DRAFT.name());
        r.setWizardStep((short) 1);
        storeNew(r);
        accountDAO.addHistory(tenant, r.getId(), CurrentScope.actor(), "CREATED", null,
                valid.name() + " (" + p.label() + " " + valid.accountId().value() + ")");
        return AccountDAO.toAccount(r);
    }

    /** Step 1: the partition. */
    @Transactional
    public CustomerAccount savePartition(UUID id, int seenVersion, Partition partition) {
        CustomerAccountRecord r = loadForStep(id, seenVersion);
        Partition p = Objects.requireNonNull(partition, "partition");
        Changes changes = new Changes().add("Partition", Partition.parse(r.getPartition()).label(), p.label());
        if (changes.any()) {
            requireUniqueKey(r.getTenantId(), p, AccountId.parse(r.getAccountId()), r.getId());
            r.setPartition(p.id());
            // a region of the other partition would no longer be valid
            r.setCurBucketRegion(null);
        }
        return saveStep(r, WizardStep.PARTITION, changes);
    }

    /** Step 2: account ID, name, connection method, contacts. */
    @Transactional
    public CustomerAccount saveDetails(UUID id, int seenVersion, AccountDetails details) {
        CustomerAccountRecord r = loadForStep(id, seenVersion);
        AccountDetails.Valid valid = details.validated();
        if (!valid.accountId().value().equals(r.getAccountId())) {
            requireUniqueKey(r.getTenantId(), Partition.parse(r.getPartition()), valid.accountId(), r.getId());
        }
        Changes changes = new Changes().add("Account ID", r.getAccountId(), valid.accountId().value())
            .add("Name", r.getName(), valid.name())
            .add("Method", ConnectionMethod.valueOf(r.getConnectionMethod()).label(), valid.method().label())
            .add("Contacts", String.join(", ", r.getContactEmails()), String.join(", ", valid.contactEmails()));
        r.setAccountId(valid.accountId().value());
        r.setName(valid.name());
        r.setConnectionMethod(valid.method().name());
        r.setContactEmails(valid.contactEmails().toArray(String[]::new));
        return saveStep(r, WizardStep.ACCOUNT, changes);
    }

    /** Step 3: the operator confirms IAM access to Billing is activated. */
    @Transactional
    public CustomerAccount confirmBillingAccess(UUID id, int seenVersion, boolean confirmed) {
        CustomerAccountRecord r = loadForStep(id, seenVersion);
        if (!confirmed) {
            throw new InvalidInputException("billingAccessConfirmed",
                    "Confirm that IAM user and role access to Billing is activated before you go on.");
        }
        Changes changes = new Changes().add("Billing access", yesNo(r.getBillingAccessConfirmed()), yesNo(true));
        r.setBillingAccessConfirmed(true);
        return saveStep(r, WizardStep.BILLING_ACCESS, changes);
    }

    /** Step 4: products and the Cost and Usage Report. */
    @Transactional
    public CustomerAccount saveCurSettings(UUID id, int seenVersion, CurSettings settings) {
        CustomerAccountRecord r = loadForStep(id, seenVersion);
        CurSettings valid = settings.validated(Partition.parse(r.getPartition()));
        String[] products = valid.products().stream().map(Enum::name).sorted().toArray(String[]::new);
        Changes changes = new Changes()
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
        return saveStep(r, WizardStep.COST_REPORT, changes);
    }

    /** Step 5: the operator has run the CloudFormation template. */
    @Transactional
    public CustomerAccount confirmStackCreated(UUID id, int seenVersion) {
        CustomerAccountRecord r = loadForStep(id, seenVersion);
        return saveStep(r, WizardStep.CLOUDFORMATION, new Changes().add("Stack", "", "created"));
    }

    /** Step 6: the role ARN(s) from the stack's outputs, one per line. */
    @Transactional
    public CustomerAccount saveRoleArns(UUID id, int seenVersion, String rawArns) {
        CustomerAccountRecord r = loadForStep(id, seenVersion);
        List<String> arns = parseRoleArns(rawArns, Partition.parse(r.getPartition()), AccountId.parse(r.getAccountId()));
        Changes changes = new Changes().add("Role ARNs", String.join(", ", r.getRoleArns()), String.join(", ", arns));
        r.setRoleArns(arns.toArray(String[]::new));
        r.setUpdatedAt(OffsetDateTime.now());
        return save(r, WizardStep.ROLE_ARN, changes, 6);
    }

    /** Registers the connection: org admins only, with every step done and role ARNs that fit the account. */
    @Transactional
    public CustomerAccount register(UUID id, int seenVersion) {
        CurrentScope.requireRole(Role.ORG_ADMIN);
        CustomerAccountRecord r = loadForStep(id, seenVersion);
        CustomerAccount account = AccountDAO.toAccount(r);
        if (account.roleArns().isEmpty() || !r.getBillingAccessConfirmed() || !r.getCurSettingsConfirmed()) {
            throw new InvalidInputException("roleArns",
                    "Finish every step first: billing access (3), the report settings (4) and the role ARN (6).");
        }
        parseRoleArns(String.join("\n", account.roleArns()), account.partition(), account.accountId());
        r.setState(AccountState.AWAITING_VERIFICATION.name());
        r.setRegisteredAt(OffsetDateTime.now());
        r.setRegisteredBy(CurrentScope.actor());
        r.setUpdatedAt(OffsetDateTime.now());
        r.store();
        accountDAO.addHistory(r.getTenantId(), r.getId(), CurrentScope.actor(), "REGISTERED", null,
                "Connection registered; awaiting verification against AWS");
        events.publishEvent(new ConnectionRegistered(r.getTenantId(), r.getId(), r.getName(), account.method(), CurrentScope.actor()));
        return AccountDAO.toAccount(r);
    }

    /**
     * Moves accounts of the tenant that wait for support (MSP_MULTIPLE) on to PROCESSING, e.g. when
     * their ticket is resolved. Accounts in another state are left alone.
     * @return the accounts that moved
     */
    @Transactional
    public List<UUID> releaseFromSupport(Collection<UUID> ids, String reason) {
        UUID tenant = CurrentScope.requireTenant();
        List<UUID> moved = new java.util.ArrayList<>();
        for (CustomerAccountRecord r : accountDAO.findAll(tenant, ids)) {
            if (AccountState.valueOf(r.getState()) == AccountState.AWAITING_SUPPORT) {
                r.setState(AccountState.PROCESSING.name());
                r.setProcessingStartedAt(OffsetDateTime.now());
                r.setUpdatedAt(OffsetDateTime.now());
                r.store();
                accountDAO.addHistory(tenant, r.getId(), CurrentScope.actor(), "STATE_CHANGED", null,
                        "Awaiting support → Processing: " + reason);
                moved.add(r.getId());
            }
        }
        return moved;
    }

    /**
     * Records something another feature did with the account (e.g. an invitation sent) in its
     * history, as the current user. Editors only.
     */
    @Transactional
    public void recordInHistory(UUID id, String action, String detail) {
        CurrentScope.requireRole(EDITORS);
        UUID tenant = CurrentScope.requireTenant();
        accountDAO.find(tenant, id).orElseThrow(() -> new AccountNotFoundException(id));
        accountDAO.addHistory(tenant, id, CurrentScope.actor(), action, null, detail);
    }

    /** The states from which an account may be verified (again): registered, and not yet passed. */
    public static final Set<AccountState> VERIFIABLE = EnumSet.of(AccountState.AWAITING_VERIFICATION,
            AccountState.VERIFYING, AccountState.VERIFICATION_FAILED);

    /**
     * Moves the chosen accounts of the tenant that may be verified ({@link #VERIFIABLE}) to VERIFYING,
     * in one statement with a history entry each. Editors only.
     * @return the accounts that moved; the others are not registered, or are past verification
     */
    @Transactional
    public List<AccountSummary> startVerification(Collection<UUID> ids) {
        CurrentScope.requireRole(EDITORS);
        return accountDAO.moveAll(CurrentScope.requireTenant(), ids, VERIFIABLE, AccountState.VERIFYING, CurrentScope.actor(),
                "Verification against AWS queued");
    }

    /**
     * Verification passed: the account moves from VERIFYING to PROCESSING, where initial data processing
     * takes up to 72 hours, or for MSP_MULTIPLE to AWAITING_SUPPORT (a ticket lists its accounts).
     * @return the new state, or empty if the account was no longer verifying (then nothing changed)
     */
    @Transactional
    public Optional<AccountState> verificationPassed(UUID id) {
        CustomerAccountRecord r = verifying(id);
        if (r == null) {
            return Optional.empty();
        }
        OffsetDateTime now = OffsetDateTime.now();
        boolean support = ConnectionMethod.valueOf(r.getConnectionMethod()) == ConnectionMethod.MSP_MULTIPLE;
        AccountState next = support ? AccountState.AWAITING_SUPPORT : AccountState.PROCESSING;
        r.setState(next.name());
        r.setStateDetail("");
        r.setUpdatedAt(now);
        if (!support) {
            r.setProcessingStartedAt(now);
        }
        r.store();
        accountDAO.addHistory(r.getTenantId(), r.getId(), CurrentScope.actor(), "STATE_CHANGED", null, support
                ? "Verification passed → Awaiting support: a support ticket lists this connection's accounts"
                : "Verification passed → Processing: initial data processing takes up to 72 hours (dashboards expected by "
                        + now.plus(CustomerAccount.PROCESSING_WINDOW).withOffsetSameInstant(java.time.ZoneOffset.UTC)
                            .format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")) + ")");
        return Optional.of(next);
    }

    /**
     * Verification failed: the account moves from VERIFYING to VERIFICATION_FAILED; its wizard opens again.
     * @param codes the failed checks' codes, shown in the grid
     * @return false if the account was no longer verifying (then nothing changed)
     */
    @Transactional
    public boolean verificationFailed(UUID id, List<String> codes) {
        CustomerAccountRecord r = verifying(id);
        if (r == null) {
            return false;
        }
        String detail = String.join(", ", codes);
        r.setState(AccountState.VERIFICATION_FAILED.name());
        r.setStateDetail(detail.length() > 500 ? detail.substring(0, 497) + "..." : detail);
        r.setUpdatedAt(OffsetDateTime.now());
        r.store();
        accountDAO.addHistory(r.getTenantId(), r.getId(), CurrentScope.actor(), "STATE_CHANGED", null,
                "Verification failed: " + detail);
        return true;
    }

    /**
     * The first cost data has arrived: PROCESSING → READY, and {@link AccountReady} is published inside this
     * transaction, so the account's contacts hear of it exactly when the change commits.
     * @return false if the account was not processing (then nothing changed)
     */
    @Transactional
    public boolean markReady(UUID id, String evidence) {
        CurrentScope.requireRole(EDITORS);
        CustomerAccountRecord r = accountDAO.find(CurrentScope.requireTenant(), id).orElseThrow(() -> new AccountNotFoundException(id));
        if (AccountState.valueOf(r.getState()) != AccountState.PROCESSING) {
            return false;
        }
        r.setState(AccountState.READY.name());
        r.setUpdatedAt(OffsetDateTime.now());
        r.store();
        accountDAO.addHistory(r.getTenantId(), r.getId(), CurrentScope.actor(), "STATE_CHANGED", null,
                "Processing → Ready: first cost data delivered (" + evidence + ")");
        events.publishEvent(new AccountReady(r.getTenantId(), r.getId(), r.getName(), r.getAccountId(),
                List.of(r.getContactEmails())));
        return true;
    }

    /** Which of these AWS account IDs the tenant has already in the partition (e.g. to mark linked accounts). */
    @Transactional(readOnly = true)
    public Set<String> existingAccountIds(Partition partition, Collection<String> accountIds) {
        CurrentScope.requireRole(READERS);
        return Set.copyOf(accountDAO.existingAccountIds(CurrentScope.requireTenant(), partition, accountIds));
    }

    private CustomerAccountRecord verifying(UUID id) {
        CurrentScope.requireRole(EDITORS);
        CustomerAccountRecord r = accountDAO.find(CurrentScope.requireTenant(), id)
            .orElseThrow(() -> new AccountNotFoundException(id));
        return AccountState.valueOf(r.getState()) == AccountState.VERIFYING ? r : null;
    }

    /** The account's CloudFormation template (YAML). */
    @Transactional(readOnly = true)
    public String template(UUID id) {
        return CloudFormationTemplate.render(templateRequest(get(id)));
    }

    /** The quick-create link that opens the stack in the account's partition console. */
    @Transactional(readOnly = true)
    public URI quickCreateLink(UUID id) {
        return quickCreateLink(get(id));
    }

    public URI quickCreateLink(CustomerAccount a) {
        return QuickCreateLink.of(a.partition(), cloudFormation.templateUrl(a.partition()),
                QuickCreateLink.stackNameFor(a.accountId()), a.externalId());
    }

    /** CSV of account ID, name, ExternalId and quick-create URL for the chosen accounts of the tenant. */
    @Transactional(readOnly = true)
    public String cloudFormationLinksCsv(Collection<UUID> ids) {
        CurrentScope.requireRole(READERS);
        StringBuilder csv = new StringBuilder("account_id,name,partition,external_id,quick_create_url\r\n");
        for (CustomerAccountRecord r : accountDAO.findAll(CurrentScope.requireTenant(), ids)) {
            CustomerAccount a = AccountDAO.toAccount(r);
            csv.append(CsvCells.of(a.accountId().value(), a.name(), a.partition().id(), a.externalId().value(),
                    quickCreateLink(a).toString()));
        }
        return csv.toString();
    }

    /**
     * Writes the tenant's accounts that match the query as an account list (the import's format: header
     * line, then one line per account), with every cell safe to open in a spreadsheet.
     */
    @Transactional(readOnly = true)
    public void writeAccountList(AccountQuery query, Writer out) throws IOException {
        CurrentScope.requireRole(READERS);
        writeAccountList(accountDAO.listRows(CurrentScope.requireTenant(), query), out);
    }

    /** Writes the chosen accounts of the tenant as an account list; ids of other tenants are ignored. */
    @Transactional(readOnly = true)
    public void writeAccountList(Collection<UUID> ids, Writer out) throws IOException {
        CurrentScope.requireRole(READERS);
        writeAccountList(accountDAO.listRows(CurrentScope.requireTenant(), ids), out);
    }

    private static void writeAccountList(Stream<AccountListRow> rows, Writer out) throws IOException {
        try (rows) {
            out.write(CsvCells.of(AccountListColumn.headers()));
            for (AccountListRow row : (Iterable<AccountListRow>) rows::iterator) {
                out.write(CsvCells.of(row.cells()));
            }
        }
        out.flush();
    }

    /**
     * Hands every account of the tenant, as an account-list entry, to the consumer, streaming (a tenant
     * may have many thousands). For an import's change detection.
     */
    @Transactional(readOnly = true)
    public void forEachListEntry(Consumer<AccountListEntry> consumer) {
        CurrentScope.requireRole(EDITORS);
        try (var entries = accountDAO.listEntries(CurrentScope.requireTenant())) {
            entries.forEach(consumer);
        }
    }

    /**
     * Applies an imported account list in one transaction, set-based: creates the new accounts in DRAFT
     * at step 1, each with a fresh ExternalId, and updates the changed ones' list fields only (never their
     * wizard step, state, ExternalId or role ARNs). Each account's history says "Imported from &lt;source&gt;".
     *
     * @throws ConcurrentChangeException if an account changed, or a new one was added by someone else, since
     *                                   the caller read them; then nothing is written
     */
    @Transactional
    public AccountImportResult importAccounts(List<AccountListRow> creates, List<AccountListUpdate> updates,
            String source) {
        CurrentScope.requireRole(EDITORS);
        UUID tenant = CurrentScope.requireTenant();
        String actor = CurrentScope.actor();
        List<UUID> created;
        try {
            created = accountDAO.insertImported(tenant, creates);
        }
        catch (DuplicateKeyException e) {
            throw new ConcurrentChangeException("The account list (someone added some of its accounts)");
        }
        if (accountDAO.updateImported(tenant, updates) != updates.size()) {
            throw new ConcurrentChangeException("The account list (someone changed some of its accounts)");
        }
        List<AccountDAO.HistoryLine> history = new java.util.ArrayList<>(created.size() + updates.size());
        for (int i = 0; i < created.size(); i++) {
            AccountListRow row = creates.get(i);
            history.add(new AccountDAO.HistoryLine(created.get(i), "CREATED", "Imported from " + source + ": "
                    + row.name() + " (" + row.partition().label() + " " + row.accountId().value() + ")"));
        }
        for (AccountListUpdate u : updates) {
            history.add(new AccountDAO.HistoryLine(u.id(), "IMPORTED", "Imported from " + source + ": " + u.changes()));
        }
        accountDAO.addHistory(tenant, actor, history);
        return new AccountImportResult(created.size(), updates.size());
    }

    private TemplateRequest templateRequest(CustomerAccount a) {
        return new TemplateRequest(a.partition(), a.accountId(), a.name(), a.externalId(), a.products(),
                cloudFormation.platformAccount(a.partition()),
                a.curBucket() == null ? null : BucketName.parse(a.curBucket()),
                a.curPrefix() == null ? null : ReportPrefix.parse(a.curPrefix()),
                a.curReportName() == null ? null : CurReportName.parse(a.curReportName()),
                a.createCur() || a.curBucket() == null);
    }

    static List<String> parseRoleArns(String raw, Partition partition, AccountId accountId) {
        List<String> lines = raw == null ? List.of()
                : raw.lines().map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
        if (lines.isEmpty()) {
            throw new InvalidInputException("roleArns",
                    "Paste the role ARN from the stack's Outputs tab, e.g. " + partition.arnPrefix() + ":iam::"
                            + accountId.value() + ":role/PayerlinkRole.");
        }
        return lines.stream().map(line -> {
            try {
                return RoleArn.parse(line, partition, accountId).value();
            }
            catch (InvalidValueException e) {
                throw new InvalidInputException("roleArns", e.getMessage());
            }
        }).collect(Collectors.toList());
    }

    private CustomerAccountRecord loadForStep(UUID id, int seenVersion) {
        CurrentScope.requireRole(EDITORS);
        CustomerAccountRecord r = accountDAO.find(CurrentScope.requireTenant(), id)
            .orElseThrow(() -> new AccountNotFoundException(id));
        if (r.getVersion() != seenVersion) {
            throw new ConcurrentChangeException("Account " + r.getName());
        }
        if (r.getRegisteredAt() != null && !AccountState.valueOf(r.getState()).isInWizard()) {
            throw new InvalidInputException(null, "This connection is registered; its wizard steps can no longer change.");
        }
        return r;
    }

    private CustomerAccount saveStep(CustomerAccountRecord r, WizardStep step, Changes changes) {
        return save(r, step, changes, Math.max(r.getWizardStep(), step.number() + 1));
    }

    private CustomerAccount save(CustomerAccountRecord r, WizardStep step, Changes changes, int nextStep) {
        r.setWizardStep((short) Math.min(nextStep, WizardStep.COUNT));
        if (AccountState.valueOf(r.getState()) == AccountState.DRAFT) {
            r.setState(AccountState.IN_PROGRESS.name());
        }
        r.setUpdatedAt(OffsetDateTime.now());
        try {
            r.store();
        }
        catch (DuplicateKeyException e) {
            throw new InvalidInputException("accountId", "Another account of yours has this account ID in this partition.");
        }
        accountDAO.addHistory(r.getTenantId(), r.getId(), CurrentScope.actor(), "STEP_SAVED", step.number(),
                changes.any() ? changes.toString() : "No changes");
        return AccountDAO.toAccount(r);
    }

    private void storeNew(CustomerAccountRecord r) {
        try {
            r.store();
            r.refresh();
        }
        catch (DuplicateKeyException e) {
            throw new InvalidInputException("accountId", "An account with this ID exists already in this partition.");
        }
    }

    private void requireUniqueKey(UUID tenant, Partition partition, AccountId accountId, UUID except) {
        accountDAO.nameOfAccountWithKey(tenant, partition, accountId, except).ifPresent(name -> {
            throw new InvalidInputException("accountId", "Account " + accountId.value() + " already exists in "
                    + partition.label() + " as \"" + name + "\". Open that one instead.");
        });
    }

    private static String yesNo(boolean b) {
        return b ? "yes" : "no";
    }


    /** "Bucket: none → my-bucket; Region: us-east-1 → eu-west-1" for the history. */
    private static final class Changes {

        private final StringBuilder text = new StringBuilder();

        Changes add(String label, String before, String after) {
            String b = before == null || before.isEmpty() ? "none" : before;
            String a = after == null || after.isEmpty() ? "none" : after;
            if (!b.equals(a)) {
                if (!text.isEmpty()) {
                    text.append("; ");
                }
                text.append(label).append(": ").append(b).append(" → ").append(a);
            }
            return this;
        }

        boolean any() {
            return !text.isEmpty();
        }

        @Override
        public String toString() {
            return text.toString();
        }

    }

}
