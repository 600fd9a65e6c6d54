package com.payerlink.payer.domain;

import com.payerlink.account.domain.AccountDetails;
import com.payerlink.account.domain.AccountId;
import com.payerlink.core.InvalidInputException;
import com.payerlink.core.database.VersionedRows;
import com.payerlink.core.security.Roles;
import com.payerlink.core.tenancy.CurrentScope;
import com.payerlink.db.tables.records.CustomerRecord;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.Locale;
import java.util.UUID;

/** The tenant's customers: a name and whom to tell; payer members are grouped into them. */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class CustomerService {

    static final int MAX_NAME = 200;

    private final CustomerDAO customerDAO;

    private final PayerMemberDAO memberDAO;

    /** Every customer of the tenant, by name, with its member count. */
    @Transactional(readOnly = true)
    public List<Customer> customers() {
        return customerDAO.all(CurrentScope.requireRoleInTenant(Roles.READERS));
    }

    @Transactional(readOnly = true)
    public Customer get(UUID id) {
        return customerDAO.get(CurrentScope.requireRoleInTenant(Roles.READERS), id).orElseThrow(() -> gone());
    }

    /**
     * A new customer. Names are unique in the tenant regardless of case.
     *
     * @param contacts e-mail addresses separated by commas, semicolons or spaces
     * @throws InvalidInputException naming the field, if the name is empty, too long or taken, or a contact is no
     *                               e-mail address
     */
    @Transactional
    public Customer create(String name, String contacts) {
        UUID tenant = CurrentScope.requireRoleInTenant(Roles.EDITORS);
        CustomerRecord r = customerDAO.newRecord(tenant, validName(name));
        r.setContactEmails(AccountDetails.parseEmails(contacts).toArray(String[]::new));
        insert(r);
        return get(r.getId());
    }

    /** Renames the customer and replaces its contacts, if nobody changed it since {@code seenVersion}. */
    @Transactional
    public Customer update(UUID id, int seenVersion, String name, String contacts) {
        CustomerRecord r = customerDAO.find(CurrentScope.requireRoleInTenant(Roles.EDITORS), id)
            .orElseThrow(CustomerService::gone);
        r.setName(validName(name));
        r.setContactEmails(AccountDetails.parseEmails(contacts).toArray(String[]::new));
        r.setUpdatedAt(OffsetDateTime.now());
        try {
            VersionedRows.store(r, seenVersion, "Customer " + r.getName());
        }
        catch (DuplicateKeyException e) {
            throw taken(r.getName());
        }
        return get(id);
    }

    /**
     * Applies a CSV grouping in one transaction: customers named in the file are created where missing (contacts of the
     * file added to theirs), and each listed member, in whichever of the tenant's payers it is, is grouped into its
     * customer. A file with problems, or listing accounts that are no member of any payer, changes nothing.
     *
     * @return how many members were grouped
     * @throws InvalidInputException listing the file's problems, line by line
     */
    @Transactional
    public int applyGrouping(CustomerGrouping grouping) {
        UUID tenant = CurrentScope.requireRoleInTenant(Roles.EDITORS);
        if (!grouping.problems().isEmpty()) {
            throw new InvalidInputException(null, "Nothing was grouped; fix the file and upload it again: "
                    + String.join(" ", grouping.problems().subList(0, Math.min(20, grouping.problems().size())))
                    + (grouping.problems().size() > 20 ? " (and " + (grouping.problems().size() - 20) + " more)" : ""));
        }
        List<AccountId> unknown = memberDAO.notMembers(tenant, grouping.customers().values().stream()
            .flatMap(g -> g.members().stream()).toList());
        if (!unknown.isEmpty()) {
            throw new InvalidInputException(null, "Nothing was grouped: " + unknown.size() + " accounts are no member of"
                    + " any of your payers (" + unknown.stream().limit(10).map(AccountId::value)
                        .collect(Collectors.joining(", ")) + (unknown.size() > 10 ? ", …" : "") + "). Sync the payer"
                    + " that has them (its account page), or remove their lines.");
        }
        Map<String, UUID> ids = customerDAO.idsByName(tenant, grouping.customers().keySet());
        int grouped = 0;
        for (var entry : grouping.customers().entrySet()) {
            CustomerGrouping.Group g = entry.getValue();
            UUID id = ids.get(entry.getKey());
            if (id == null) {
                CustomerRecord r = customerDAO.newRecord(tenant, g.name());
                r.setContactEmails(g.contacts().toArray(String[]::new));
                insert(r);
                id = r.getId();
            }
            else {
                customerDAO.addContacts(tenant, id, g.contacts());
            }
            grouped += memberDAO.assignAnywhere(tenant, g.members(), id);
        }
        return grouped;
    }

    private void insert(CustomerRecord r) {
        try {
            r.insert();
        }
        catch (DuplicateKeyException e) {
            throw taken(r.getName());
        }
    }

    static String validName(String raw) {
        String name = raw == null ? "" : raw.strip();
        if (name.isEmpty()) {
            throw new InvalidInputException("name", "Enter the customer's name.");
        }
        if (name.length() > MAX_NAME) {
            throw new InvalidInputException("name", "The name has " + name.length() + " characters; shorten it to at"
                    + " most " + MAX_NAME + ".");
        }
        return name;
    }

    static String lower(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    private static InvalidInputException taken(String name) {
        return new InvalidInputException("name", "There is already a customer named \"" + name + "\"; choose another"
                + " name, or group the members into that customer.");
    }

    private static InvalidInputException gone() {
        return new InvalidInputException(null, "This customer no longer exists; reload the page.");
    }

}
