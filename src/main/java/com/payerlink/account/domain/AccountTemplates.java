package com.payerlink.account.domain;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import com.payerlink.core.security.Roles;
import com.payerlink.core.tenancy.CurrentScope;
import com.payerlink.db.tables.records.CustomerAccountRecord;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.net.URI;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * Wizard step 5 for the tenant's accounts: the published templates, each account's own download (the published
 * template with the account's values as defaults) and quick-create link (the same values as {@code param_…}), the
 * StackSet of a management account's organization; for the wizard, the invitation page, the API and the grid.
 * Handing out an account's callback secret keeps the secret's hash, so that the stack's report finds its account.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class AccountTemplates {

    private final AccountService accounts;

    private final AccountDAO accountDAO;

    private final CloudFormationSettings cloudFormation;

    private final CallbackSecrets secrets;

    private final StackReportDAO reportDAO;

    private final ExportSourcePayers exportSources;

    /**
     * Why no template, quick-create link or invitation may be handed out now (the platform's trust settings are
     * still the shipped placeholders), naming the settings to set; null when they may.
     */
    public String templatesUnavailable() {
        return cloudFormation.notConfiguredMessage();
    }

    /** The published template of the partition and kind (no account's values), for operations to sync to S3. */
    public String published(Partition partition, TemplateKind kind) {
        return CloudFormationTemplate.published(cloudFormation.templateSettings(partition, kind));
    }

    /** The account's CloudFormation template (YAML): the published one with the account's values as defaults. */
    @Transactional
    public String template(UUID id) {
        CustomerAccount a = accounts.get(id);
        TemplateSettings settings = cloudFormation.templateSettings(a.partition(), TemplateKind.ACCOUNT);
        return CloudFormationTemplate.forAccount(settings, values(settings, a));
    }

    /** The quick-create link that opens the stack in the account's partition console, every value filled in. */
    @Transactional
    public URI quickCreateLink(UUID id) {
        return quickCreateLink(accounts.get(id));
    }

    @Transactional
    public URI quickCreateLink(CustomerAccount a) {
        TemplateSettings settings = cloudFormation.templateSettings(a.partition(), TemplateKind.ACCOUNT);
        return QuickCreateLink.of(a.partition(), cloudFormation.templateUrl(a.partition()),
                QuickCreateLink.stackNameFor(a.accountId()), values(settings, a));
    }

    /**
     * For a management account: the StackSet template with its values as defaults, and how to create the StackSet
     * (service-managed, deployed automatically to the organization's root or an OU) in the console or the CLI.
     */
    @Transactional
    public StackSetInstructions stackSet(UUID id) {
        CustomerAccount a = accounts.get(id);
        TemplateSettings settings = cloudFormation.templateSettings(a.partition(), TemplateKind.STACKSET);
        Map<String, String> values = CloudFormationTemplate.parameterValues(settings, request(a),
                secret(a, TemplateKind.STACKSET));
        return StackSetInstructions.of(a, cloudFormation.stacksetTemplateUrl(a.partition()), values,
                CloudFormationTemplate.forAccount(settings, values));
    }

    /** CSV of account ID, name, ExternalId and quick-create URL for the chosen accounts of the tenant. */
    @Transactional
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

    // a limited customer's bucket also accepts the MSP payer's export
    private Map<String, String> values(TemplateSettings settings, CustomerAccount a) {
        Map<String, String> values = CloudFormationTemplate.parameterValues(settings, request(a),
                secret(a, TemplateKind.ACCOUNT));
        if (CloudFormationTemplate.limitedExport(settings) && a.method() == ConnectionMethod.MSP_LIMITED) {
            exportSources.payerOf(a).ifPresent(payer -> values.put(LimitedExportTemplate.SOURCE_ACCOUNT, payer.value()));
        }
        return values;
    }

    // the secret is derived, so it is the same in every link and download; its hash is kept once
    private String secret(CustomerAccount a, TemplateKind kind) {
        String secret = secrets.secret(kind, a.id(), a.externalId());
        reportDAO.rememberSecret(CurrentScope.requireTenant(), a.id(), kind, a.externalId(), CallbackSecrets.hash(secret));
        return secret;
    }

    private TemplateRequest request(CustomerAccount a) {
        boolean create = a.createCur() || a.curBucket() == null;
        return new TemplateRequest(a.partition(), a.accountId(), a.name(), a.externalId(), a.products(),
                cloudFormation.platformAccount(a.partition()), a.curBucket(), a.curPrefix(), a.curReportName(), create,
                create ? null : a.curBucketRegion());
    }

}
