package com.payerlink.account.domain;

import com.payerlink.core.security.Roles;
import com.payerlink.core.tenancy.CurrentScope;
import com.payerlink.db.tables.records.CustomerAccountRecord;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.net.URI;
import java.util.Collection;
import java.util.UUID;

/**
 * Wizard step 5 for the tenant's accounts: each one's CloudFormation template and quick-create link, for the wizard,
 * the invitation page, the API and the grid's links file.
 */
@Service
public class AccountTemplates {

    private final AccountService accounts;

    private final AccountDAO accountDAO;

    private final CloudFormationSettings cloudFormation;

    AccountTemplates(AccountService accounts, AccountDAO accountDAO, CloudFormationSettings cloudFormation) {
        this.accounts = accounts;
        this.accountDAO = accountDAO;
        this.cloudFormation = cloudFormation;
    }

    /**
     * Why no template, quick-create link or invitation may be handed out now (the platform's trust settings are
     * still the shipped placeholders), naming the settings to set; null when they may.
     */
    public String templatesUnavailable() {
        return cloudFormation.notConfiguredMessage();
    }

    /** The account's CloudFormation template (YAML). */
    @Transactional(readOnly = true)
    public String template(UUID id) {
        return CloudFormationTemplate.render(templateRequest(accounts.get(id)));
    }

    /** The quick-create link that opens the stack in the account's partition console. */
    @Transactional(readOnly = true)
    public URI quickCreateLink(UUID id) {
        return quickCreateLink(accounts.get(id));
    }

    public URI quickCreateLink(CustomerAccount a) {
        return QuickCreateLink.of(a.partition(), cloudFormation.templateUrl(a.partition()),
                QuickCreateLink.stackNameFor(a.accountId()), a.externalId());
    }

    /** CSV of account ID, name, ExternalId and quick-create URL for the chosen accounts of the tenant. */
    @Transactional(readOnly = true)
    public String cloudFormationLinksCsv(Collection<UUID> ids) {
        CurrentScope.requireRole(Roles.READERS);
        StringBuilder csv = new StringBuilder("account_id,name,partition,external_id,quick_create_url\r\n");
        for (CustomerAccountRecord r : accountDAO.findAll(CurrentScope.requireTenant(), ids)) {
            CustomerAccount a = AccountDAO.toAccount(r);
            csv.append(CsvCells.of(a.accountId().value(), a.name(), a.partition().id(), a.externalId().value(),
                    quickCreateLink(a).toString()));
        }
        return csv.toString();
    }

    private TemplateRequest templateRequest(CustomerAccount a) {
        return new TemplateRequest(a.partition(), a.accountId(), a.name(), a.externalId(), a.products(),
                cloudFormation.platformAccount(a.partition()),
                a.curBucket(), a.curPrefix(), a.curReportName(), a.createCur() || a.curBucket() == null);
    }

}
