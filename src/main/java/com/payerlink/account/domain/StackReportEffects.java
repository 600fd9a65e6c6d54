package com.payerlink.account.domain;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import com.payerlink.core.InvalidInputException;
import com.payerlink.core.database.VersionedRows;
import com.payerlink.core.tenancy.CurrentScope;
import com.payerlink.db.tables.records.CustomerAccountRecord;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * What a stack's report does to its account, inside the report's transaction: the role ARN saved and steps 5–6 done
 * (and registration, per the tenant's setting); a deleted stack disconnects a registered connection; a StackSet's
 * member unknown to the tenant is created.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class StackReportEffects {

    private final AccountDAO accountDAO;

    private final AccountService accounts;

    private final AccountStateService states;

    private final ApplicationEventPublisher events;

    /**
     * Create or Update: the role is saved (in the wizard), then registered if the tenant wants it ({@code register},
     * its setting) and all is done.
     */
    StackReportOutcome reported(CustomerAccountRecord r, StackReport report, boolean register) {
        if (!r.getState().isInWizard() && r.getRegisteredAt() != null || r.getState() == AccountState.DISCONNECTED) {
            r.setStackReportedAt(OffsetDateTime.now());
            VersionedRows.store(r, r.getVersion(), "Account " + r.getName());
            return outcome(r, r.getState() == AccountState.DISCONNECTED
                    ? "The connection is disconnected in Payerlink; an org admin reconnects it there."
                    : "The connection is registered already (" + r.getState().label() + "); nothing changed.");
        }
        RoleArn arn = InvalidInputException.inField("roleArn",
                () -> RoleArn.parse(report.roleArn(), r.getPartition(), r.getAccountId()));
        HistoryChanges changes = new HistoryChanges()
            .add("Role ARNs", String.join(", ", r.getRoleArns().stream().map(RoleArn::value).toList()), arn.value());
        r.setRoleArns(List.of(arn));
        if (report.createdReport()) {
            takeReport(r, report, changes);
        }
        r.setWizardStep(WizardStep.of(WizardStep.COUNT));
        if (r.getState() == AccountState.DRAFT) {
            AccountStateTransitions.require(AccountState.DRAFT, AccountState.IN_PROGRESS);
            r.setState(AccountState.IN_PROGRESS);
        }
        OffsetDateTime now = OffsetDateTime.now();
        r.setStackReportedAt(now);
        r.setUpdatedAt(now);
        HistoryNote reported = new HistoryNote(AccountHistoryAction.STACK_REPORTED, WizardStep.COUNT,
                "Reported by its CloudFormation stack (" + report.requestType() + ", " + report.region() + ", "
                        + report.stackId() + "); steps 5–6 done. " + (changes.any() ? changes : "No changes"));
        return storeOrRegister(r, reported, register);
    }

    // one update of the account and one insert of its history lines: registered along with the report's changes if
    // the tenant wants it and all is done
    private StackReportOutcome storeOrRegister(CustomerAccountRecord r, HistoryNote reported, boolean wanted) {
        String saved = "Role ARN saved for " + r.getName() + "; steps 5–6 done.";
        if (wanted && r.getBillingAccessConfirmed() && r.getCurSettingsConfirmed()) {
            CustomerAccount registered = accounts.register(r, r.getVersion(), reported);
            return new StackReportOutcome(r.getId(), registered.state(), saved
                    + " Connection registered; verification against AWS starts now.", false);
        }
        VersionedRows.store(r, r.getVersion(), "Account " + r.getName());
        accountDAO.addHistory(r.getTenantId(), r.getId(), CurrentScope.actor(), List.of(reported));
        return outcome(r, saved + (wanted ? " Not registered yet: steps 3 (billing access) and 4 (the report) must be"
                + " confirmed in Payerlink first." : " An org admin registers the connection in Payerlink."));
    }

    // the report the stack made is the one to verify: step 4 takes its bucket, name and prefix
    private static void takeReport(CustomerAccountRecord r, StackReport report, HistoryChanges changes) {
        BucketName bucket = InvalidInputException.inField("curBucket", () -> BucketName.parse(report.curBucket()));
        CurReportName name = InvalidInputException.inField("reportName", () -> CurReportName.parse(report.reportName()));
        ReportPrefix prefix = InvalidInputException.inField("reportPrefix", () -> ReportPrefix.parse(report.reportPrefix()));
        changes.add("Bucket", r.getCurBucket(), bucket).add("Report", r.getCurReportName(), name)
            .add("Prefix", r.getCurPrefix(), prefix);
        r.setCreateCur(true);
        r.setCurBucket(bucket);
        r.setCurReportName(name);
        r.setCurPrefix(prefix);
        r.setCurSettingsConfirmed(true);
    }

    /**
     * Delete: a registered connection becomes Disconnected (org admins hear of it); an unregistered one forgets the
     * stack's role and waits at step 5 again.
     */
    StackReportOutcome deleted(CustomerAccountRecord r, StackReport report) {
        String what = "Its CloudFormation stack was deleted (" + report.region() + ", " + report.stackId() + ")";
        if (r.getState() == AccountState.DISCONNECTED) {
            return outcome(r, "The connection is disconnected already; nothing changed.");
        }
        if (r.getRegisteredAt() == null) {
            r.setRoleArns(List.of());
            r.setWizardStep(WizardStep.CLOUDFORMATION);
            r.setStackReportedAt(null);
            r.setUpdatedAt(OffsetDateTime.now());
            VersionedRows.store(r, r.getVersion(), "Account " + r.getName());
            accountDAO.addHistory(r.getTenantId(), r.getId(), CurrentScope.actor(), AccountHistoryAction.STACK_REPORTED,
                    WizardStep.CLOUDFORMATION.number(), what + " before registration; the role ARN is removed.");
            return outcome(r, "Stack deletion noted; the account waits at step 5 for a new stack.");
        }
        states.move(r.getId(), AccountState.DISCONNECTED, what + ", reported by its CloudFormation stack");
        events.publishEvent(new ConnectionDisconnected(r.getTenantId(), r.getId(), r.getName(), r.getAccountId(), what));
        return new StackReportOutcome(r.getId(), AccountState.DISCONNECTED,
                "Connection of " + r.getName() + " disconnected; the org admins are told.", false);
    }

    /** The StackSet's member: the tenant's account, or a new one ("discovered via StackSet"). */
    CustomerAccountRecord member(CustomerAccountRecord management, AccountId memberId, StackReport report) {
        if (memberId.equals(management.getAccountId())) {
            throw new StackReportRefusedException(false, "The StackSet's secret is for member accounts; the management"
                    + " account " + memberId.value() + " uses its own stack from its quick-create link.");
        }
        ExternalId externalId = TemplateKind.memberExternalId(management.getExternalId(), memberId);
        UUID tenant = management.getTenantId();
        return accountDAO.idOfAccountWithKey(tenant, management.getPartition(), memberId)
            .flatMap(id -> accountDAO.find(tenant, id))
            .map(known -> adopt(known, management, externalId))
            .orElseGet(() -> report.isDelete() ? nothingToDelete(memberId) : discover(management, memberId, externalId));
    }

    // a known member still in the wizard takes the ExternalId its StackSet role demands; its report is the management's
    private CustomerAccountRecord adopt(CustomerAccountRecord known, CustomerAccountRecord management,
            ExternalId externalId) {
        known.setManagementAccountId(management.getId());
        events.publishEvent(new OrganizationMemberFound(known.getTenantId(), management.getId(), known.getAccountId(),
                known.getName()));
        if (known.getRegisteredAt() == null && !known.getExternalId().equals(externalId)) {
            accountDAO.addHistory(known.getTenantId(), known.getId(), CurrentScope.actor(),
                    AccountHistoryAction.STACK_REPORTED, null, "ExternalId changed to the one of its organization's"
                            + " StackSet, which its role demands");
            known.setExternalId(externalId);
        }
        return known;
    }

    private CustomerAccountRecord discover(CustomerAccountRecord management, AccountId memberId, ExternalId externalId) {
        CustomerAccountRecord r = accountDAO.newRecord();
        r.setId(UUID.randomUUID());
        r.setTenantId(management.getTenantId());
        r.setPartition(management.getPartition());
        r.setAccountId(memberId);
        String name = management.getName() + " member " + memberId.value();
        r.setName(name.length() > 200 ? name.substring(0, 200) : name);
        r.setConnectionMethod(ConnectionMethod.MSP_SINGLE);
        r.setContactEmails(management.getContactEmails());
        r.setProducts(management.getProducts());
        r.setBillingAccessConfirmed(management.getBillingAccessConfirmed());
        r.setCurBucket(management.getCurBucket());
        r.setCurReportName(management.getCurReportName());
        r.setCurPrefix(management.getCurPrefix());
        r.setCurBucketRegion(management.getCurBucketRegion());
        r.setCurSettingsConfirmed(management.getCurSettingsConfirmed());
        r.setExternalId(externalId);
        r.setManagementAccountId(management.getId());
        r.setState(AccountState.DRAFT);
        r.setWizardStep(WizardStep.CLOUDFORMATION);
        r.store();
        r.refresh();
        events.publishEvent(new OrganizationMemberFound(r.getTenantId(), management.getId(), memberId, r.getName()));
        accountDAO.addHistory(r.getTenantId(), r.getId(), CurrentScope.actor(), AccountHistoryAction.DISCOVERED, null,
                "Discovered via StackSet of " + management.getName() + " (" + management.getAccountId().value() + ")");
        return r;
    }

    private static CustomerAccountRecord nothingToDelete(AccountId memberId) {
        throw new StackReportRefusedException(false, "Account " + memberId.value() + " is not among the tenant's"
                + " accounts; its stack's deletion changes nothing.");
    }

    private static StackReportOutcome outcome(CustomerAccountRecord r, String message) {
        return new StackReportOutcome(r.getId(), r.getState(), message, false);
    }

}
