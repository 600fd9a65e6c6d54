package com.payerlink.invitation.domain;

import com.payerlink.core.security.SecretToken;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import com.payerlink.account.domain.AccountNotFoundException;
import com.payerlink.account.domain.AccountService;
import com.payerlink.account.domain.CustomerAccount;
import com.payerlink.core.security.Actors;
import com.payerlink.core.security.Role;
import com.payerlink.core.tenancy.DatabaseScope;
import com.payerlink.core.tenancy.ScopedTransactions;
import org.jooq.Record;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * An invitation's link as the end customer uses it: the token resolved to its invitation (or why it no longer
 * works), and work done as the customer, for the one account, only while the link is still meant for them.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class InvitationLinks {

    private final InvitationDAO invitationDAO;

    private final AccountService accountService;

    private final InvitationSettings settings;

    private final ScopedTransactions scoped;

    Link resolve(String token, UUID accountId) {
        Link link = resolve(token);
        if (!link.accountId().equals(accountId)) {
            throw new InvitationLinkInvalidException(null,
                    "This link belongs to another account. Use the link from the e-mail about this account.");
        }
        return link;
    }

    Link resolve(String token) {
        String t = token == null ? "" : token.strip();
        Record row = t.length() < 40 || t.length() > 64 ? null
                : scoped.call(DatabaseScope.NONE, () -> invitationDAO.lookup(SecretToken.hash(t)).orElse(null));
        if (row == null) {
            throw new InvitationLinkInvalidException(null, "This link is not known. Check that you opened the whole "
                    + "link from the e-mail; if it still does not work, ask your service provider for a new invitation.");
        }
        String msp = row.get("tenant_name", String.class);
        return switch (row.get("status", String.class)) {
            case "EXPIRED" -> throw new InvitationLinkInvalidException(InvitationStatus.EXPIRED, "This link has expired. "
                    + "Ask " + msp + " to send you a new invitation; the new link works for "
                    + settings.ttl().toDays() + " days.");
            case "REVOKED" -> throw new InvitationLinkInvalidException(InvitationStatus.REVOKED, "This link no longer "
                    + "works: " + msp + " replaced or withdrew it. Use the newest invitation e-mail, or ask " + msp
                    + " for a new one.");
            default -> new Link(row.get("invitation_id", UUID.class), row.get("tenant_id", UUID.class),
                    row.get("customer_account_id", UUID.class), msp);
        };
    }

    /**
     * Runs the work as the end customer: an operator-like scope of the invitation's tenant, limited
     * by this service to the one account, with "customer via invitation" as the actor everywhere.
     */
    <T> T asCustomer(Link link, Supplier<T> work) {
        try {
            return Actors.callAs(InvitationService.CUSTOMER_ACTOR,
                    () -> scoped.call(new DatabaseScope(link.tenantId(), Role.OPERATOR, null), () -> {
                        requireStillMeant(link);
                        return work.get();
                    }));
        }
        catch (AccountNotFoundException e) {
            throw new InvitationLinkInvalidException(null, "The account of this invitation no longer exists. Ask "
                    + link.mspName() + " what to do.");
        }
    }

    /**
     * A link is for the account's current contacts and its unregistered connection: once the connection is
     * registered or the contacts change, whoever holds an old link has no business with the account any more.
     */
    private void requireStillMeant(Link link) {
        CustomerAccount account = accountService.get(link.accountId());
        if (account.isRegistered()) {
            throw new InvitationLinkInvalidException(null, "This link no longer works: the connection of "
                    + account.name() + " is registered already, so nothing is left to do here. Ask " + link.mspName()
                    + " if something still needs to change.");
        }
        List<String> invited = invitationDAO.find(link.tenantId(), link.invitationId())
            .map(r -> List.of(r.getSentTo())).orElse(List.of());
        if (!lowerCased(invited).equals(lowerCased(account.contactEmails()))) {
            throw new InvitationLinkInvalidException(null, "This link no longer works: the account's contacts have"
                    + " changed since it was sent. Ask " + link.mspName() + " to send a new invitation.");
        }
    }

    private static Set<String> lowerCased(Collection<String> emails) {
        return emails.stream().map(e -> e.strip().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    }

    record Link(UUID invitationId, UUID tenantId, UUID accountId, String mspName) {
    }

}
