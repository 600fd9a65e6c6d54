package com.payerlink.invitation.domain;

import com.payerlink.core.security.SecretToken;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import com.payerlink.account.domain.AccountHistoryAction;
import com.payerlink.account.domain.AccountService;
import com.payerlink.account.domain.AccountTemplates;
import com.payerlink.account.domain.AccountSummary;
import com.payerlink.account.domain.CurSettings;
import com.payerlink.account.domain.CustomerAccount;
import com.payerlink.core.InvalidInputException;
import com.payerlink.core.audit.AuditLog;
import com.payerlink.core.security.Roles;
import com.payerlink.core.tenancy.CurrentScope;
import com.payerlink.db.tables.records.InvitationRecord;
import com.payerlink.notification.domain.MailTemplates;
import com.payerlink.notification.domain.OutboxService;
import com.payerlink.notification.domain.PortalLinks;
import com.payerlink.tenant.domain.TenantService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Invitations: an e-mail to an account's contacts with a private link, through which the end
 * customer does that one account's own steps without signing in. The token is random (256 bits),
 * stored only as its SHA-256, expires, can be revoked, and is replaced by a resend.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class InvitationService {

    /** The history's actor for everything done through an invitation link. */
    public static final String CUSTOMER_ACTOR = "customer via invitation";

    static final String MAIL_KIND = "INVITATION";

    private final InvitationDAO invitationDAO;

    private final AccountService accountService;

    private final AccountTemplates templates;

    private final TenantService tenantService;

    private final OutboxService outbox;

    private final PortalLinks links;

    private final InvitationSettings settings;

    private final InvitationLinks invitationLinks;

    private final AuditLog auditLog;

    /**
     * Sends (or resends, replacing the old link) an invitation for each account: one mail per
     * contact. Accounts without contacts, or already registered, are skipped with the reason.
     */
    @Transactional
    public InvitationOutcome send(Collection<UUID> accountIds) {
        UUID tenant = CurrentScope.requireRoleInTenant(Roles.EDITORS);
        if (accountIds.isEmpty()) {
            throw new InvalidInputException(null, "Select the accounts to invite their contacts for first.");
        }
        // an invitation leads to a template: none while it would trust the shipped placeholders
        String unavailable = templates.templatesUnavailable();
        if (unavailable != null) {
            throw new InvalidInputException(null, unavailable);
        }
        String mspName = tenantService.currentTenant().name();
        List<String> sent = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        List<InvitationOutcome.LinkToCopy> toCopy = new ArrayList<>();
        boolean mailed = outbox.sendsMail();
        for (AccountSummary summary : accountService.summaries(accountIds)) {
            CustomerAccount account = accountService.get(summary.id());
            if (account.isRegistered() || !account.state().isInWizard()) {
                skipped.add(account.name() + " is registered already, nothing is left for the customer to do");
                continue;
            }
            if (account.contactEmails().isEmpty()) {
                skipped.add(account.name() + " has no contact e-mail; add one in step 2 of its wizard");
                continue;
            }
            boolean replaced = invitationDAO.revokeCurrent(tenant, account.id(), CurrentScope.actor()) > 0;
            String token = SecretToken.generate();
            OffsetDateTime expires = OffsetDateTime.now().plus(settings.ttl());
            invitationDAO.insert(tenant, account.id(), SecretToken.hash(token), account.contactEmails(), CurrentScope.actor(),
                    expires);
            outbox.queue(MAIL_KIND, account.contactEmails(), MailTemplates.invitation(mspName, account.name(),
                    account.accountId().value(), links.to("invite/" + token), expires), token, null);
            accountService.recordInHistory(account.id(), replaced ? AccountHistoryAction.INVITATION_RESENT : AccountHistoryAction.INVITATION_SENT,
                    "To " + String.join(", ", account.contactEmails()) + "; the link works until "
                            + expires.toLocalDate());
            sent.add(account.name());
            if (!mailed) {
                toCopy.add(new InvitationOutcome.LinkToCopy(account.name(), links.to("invite/" + token)));
            }
        }
        if (!sent.isEmpty()) {
            auditLog.record("INVITATIONS_SENT", "For " + String.join(", ", sent));
        }
        return new InvitationOutcome(sent, skipped, toCopy);
    }

    /** Revokes the account's current invitation: its link stops working at once. */
    @Transactional
    public void revoke(UUID accountId) {
        if (invitationDAO.revokeCurrent(CurrentScope.requireRoleInTenant(Roles.EDITORS), accountId, CurrentScope.actor()) == 0) {
            throw new InvalidInputException(null, "This account has no invitation to revoke.");
        }
        accountService.recordInHistory(accountId, AccountHistoryAction.INVITATION_REVOKED, "The invitation link no longer works");
        auditLog.record("INVITATION_REVOKED", accountService.get(accountId).name());
    }

    /** The status of the latest invitation of each account that has one. */
    @Transactional(readOnly = true)
    public Map<UUID, InvitationStatus> statuses(Collection<UUID> accountIds) {
        CurrentScope.requireRole(Roles.READERS);
        if (accountIds.isEmpty()) {
            return Map.of();
        }
        OffsetDateTime now = OffsetDateTime.now();
        Map<UUID, InvitationStatus> statuses = new HashMap<>();
        for (InvitationRecord r : invitationDAO.latestOf(CurrentScope.requireTenant(), accountIds)) {
            statuses.put(r.getCustomerAccountId(), InvitationDAO.statusOf(r, now));
        }
        return statuses;
    }

    /** The latest invitation of each invited account of the tenant, newest first. */
    @Transactional(readOnly = true)
    public List<InvitationSummary> invitations() {
        UUID tenant = CurrentScope.requireRoleInTenant(Roles.READERS);
        List<InvitationRecord> rows = invitationDAO.latestPerAccount(tenant, 5000);
        Map<UUID, AccountSummary> accounts = accountService.summaries(rows.stream()
                .map(InvitationRecord::getCustomerAccountId).toList())
            .stream().collect(Collectors.toMap(AccountSummary::id, Function.identity()));
        OffsetDateTime now = OffsetDateTime.now();
        return rows.stream().filter(r -> accounts.containsKey(r.getCustomerAccountId()))
            .sorted((a, b) -> b.getCreatedAt().compareTo(a.getCreatedAt()))
            .map(r -> {
                AccountSummary a = accounts.get(r.getCustomerAccountId());
                return new InvitationSummary(r.getId(), a.id(), a.name(), a.accountId().value(), List.of(r.getSentTo()),
                        r.getCreatedBy(), r.getCreatedAt(), r.getExpiresAt(), r.getOpenedAt(), r.getCompletedAt(),
                        InvitationDAO.statusOf(r, now));
            })
            .toList();
    }

    // --- the end customer's side: no sign-in, only the token ---

    /** Opens the link: the account's customer steps. The first opening is recorded. */
    public CustomerSteps open(String token) {
        InvitationLinks.Link link = invitationLinks.resolve(token);
        return invitationLinks.asCustomer(link, () -> {
            if (invitationDAO.markOpened(link.tenantId(), link.invitationId())) {
                accountService.recordInHistory(link.accountId(), AccountHistoryAction.INVITATION_OPENED, "The customer opened the link");
            }
            return steps(link);
        });
    }

    /** Step 3 by the customer. */
    public CustomerSteps confirmBillingAccess(String token, UUID accountId, int seenVersion, boolean confirmed) {
        InvitationLinks.Link link = invitationLinks.resolve(token, accountId);
        return invitationLinks.asCustomer(link, () -> {
            accountService.confirmBillingAccess(accountId, seenVersion, confirmed);
            return steps(link);
        });
    }

    /** Step 4 by the customer. */
    public CustomerSteps saveCurSettings(String token, UUID accountId, int seenVersion, CurSettings settings) {
        InvitationLinks.Link link = invitationLinks.resolve(token, accountId);
        return invitationLinks.asCustomer(link, () -> {
            accountService.saveCurSettings(accountId, seenVersion, settings);
            return steps(link);
        });
    }

    /** Step 5 by the customer. */
    public CustomerSteps confirmStackCreated(String token, UUID accountId, int seenVersion) {
        InvitationLinks.Link link = invitationLinks.resolve(token, accountId);
        return invitationLinks.asCustomer(link, () -> {
            accountService.confirmStackCreated(accountId, seenVersion);
            return steps(link);
        });
    }

    /** Step 6 by the customer: with the role ARN saved, the invitation is completed. */
    public CustomerSteps saveRoleArns(String token, UUID accountId, int seenVersion, String roleArns) {
        InvitationLinks.Link link = invitationLinks.resolve(token, accountId);
        return invitationLinks.asCustomer(link, () -> {
            accountService.saveRoleArns(accountId, seenVersion, roleArns);
            invitationDAO.markCompleted(link.tenantId(), link.invitationId());
            return steps(link);
        });
    }

    private CustomerSteps steps(InvitationLinks.Link link) {
        CustomerAccount account = accountService.get(link.accountId());
        var invitation = invitationDAO.find(link.tenantId(), link.invitationId());
        boolean completed = invitation.map(r -> r.getCompletedAt() != null).orElse(false);
        // who sent it answers the customer's questions; "system" (a background job) is nobody to write to
        String contact = invitation.map(r -> r.getCreatedBy()).filter(by -> by.contains("@")).orElse(null);
        String unavailable = templates.templatesUnavailable();
        if (unavailable != null) {
            return new CustomerSteps(link.mspName(), account, null, null, completed, unavailable, contact);
        }
        return new CustomerSteps(link.mspName(), account, templates.template(account.id()),
                templates.quickCreateLink(account), completed, null, contact);
    }

}
