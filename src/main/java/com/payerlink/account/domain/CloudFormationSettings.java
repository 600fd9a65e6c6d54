package com.payerlink.account.domain;

import com.payerlink.core.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.util.ArrayList;
import java.util.List;

/**
 * The platform's side of the CloudFormation stack, per partition: the AWS account the customer's role
 * trusts, and the S3 URL of the template the quick-create link opens. While any of them is still the
 * placeholder shipped in application.properties, no template or link is handed out (a stranger owning that
 * account or bucket would be trusted by every customer), unless {@code placeholdersAllowed} (the demo profile).
 *
 * @param callbackRateLimitPerMinute         reports one account's callback secret may send per minute (a replayed
 *                                           secret must not flood the database)
 * @param stacksetCallbackRateLimitPerMinute the same for a management account's StackSet secret, which every member
 *                                           stack of its organization reports with
 */
@ConfigurationProperties("payerlink.cloudformation")
public record CloudFormationSettings(String platformAccountAws, String platformAccountAwsCn, String templateUrlAws,
        String templateUrlAwsCn, boolean placeholdersAllowed, @Nullable String callbackUrl,
        @Nullable String stacksetTemplateUrlAws, @Nullable String stacksetTemplateUrlAwsCn,
        @DefaultValue("30") int callbackRateLimitPerMinute, @DefaultValue("600") int stacksetCallbackRateLimitPerMinute) {

    static final List<String> PLACEHOLDER_ACCOUNTS = List.of("111122223333", "444455556666");

    static final String PLACEHOLDER_BUCKET_URL = "https://payerlink-public.s3.";

    public AccountId platformAccount(Partition partition) {
        requireConfigured();
        return AccountId.parse(partition == Partition.AWS_CN ? platformAccountAwsCn : platformAccountAws);
    }

    /** True for the platform's own account of either partition: never a customer's. */
    public boolean isPlatformAccount(AccountId accountId) {
        return accountId.value().equals(Inputs.trim(platformAccountAws))
                || accountId.value().equals(Inputs.trim(platformAccountAwsCn));
    }

    public String templateUrl(Partition partition) {
        requireConfigured();
        return partition == Partition.AWS_CN ? templateUrlAwsCn : templateUrlAws;
    }

    /** Where operations publish the StackSet template of the partition (the CLI command names it). */
    public String stacksetTemplateUrl(Partition partition) {
        requireConfigured();
        String url = partition == Partition.AWS_CN ? stacksetTemplateUrlAwsCn : stacksetTemplateUrlAws;
        return url == null ? "" : url.strip();
    }

    /** Reports per minute that one callback secret of the kind may send. */
    int callbackRateLimit(TemplateKind kind) {
        return Math.max(1, kind == TemplateKind.STACKSET ? stacksetCallbackRateLimitPerMinute : callbackRateLimitPerMinute);
    }

    /** Where stacks report back: {@code payerlink.cloudformation.callback-url}; empty: stacks report nothing. */
    public String callbackUrlOrEmpty() {
        return callbackUrl == null ? "" : callbackUrl.strip();
    }

    /** What a published template of the partition and kind depends on. */
    public TemplateSettings templateSettings(Partition partition, TemplateKind kind) {
        return new TemplateSettings(partition, platformAccount(partition), callbackUrlOrEmpty(), kind);
    }

    /** The settings (with their environment variables) still on the shipped placeholders, whether allowed or not. */
    public List<String> placeholderSettings() {
        List<String> names = new ArrayList<>();
        if (isPlaceholderAccount(platformAccountAws)) {
            names.add("payerlink.cloudformation.platform-account-aws (PAYERLINK_PLATFORM_ACCOUNT_AWS)");
        }
        if (isPlaceholderAccount(platformAccountAwsCn)) {
            names.add("payerlink.cloudformation.platform-account-aws-cn (PAYERLINK_PLATFORM_ACCOUNT_AWS_CN)");
        }
        if (isPlaceholderUrl(templateUrlAws)) {
            names.add("payerlink.cloudformation.template-url-aws (PAYERLINK_TEMPLATE_URL_AWS)");
        }
        if (isPlaceholderUrl(templateUrlAwsCn)) {
            names.add("payerlink.cloudformation.template-url-aws-cn (PAYERLINK_TEMPLATE_URL_AWS_CN)");
        }
        return names;
    }

    /** Why no template or link can be handed out now (naming the settings to set), or null when they can. */
    public String notConfiguredMessage() {
        List<String> names = placeholderSettings();
        if (names.isEmpty() || placeholdersAllowed) {
            return null;
        }
        return "No CloudFormation template, quick-create link or invitation is handed out yet: the platform's AWS "
                + "accounts and template URLs are still the placeholders shipped with Payerlink, which a stranger could "
                + "own. A platform operator must set " + String.join(", ", names) + " and restart the portal.";
    }

    /** Refuses while the placeholders are set (outside the demo), with the settings to set. */
    public void requireConfigured() {
        String message = notConfiguredMessage();
        if (message != null) {
            throw new InvalidInputException(null, message);
        }
    }

    private static boolean isPlaceholderAccount(String value) {
        return value == null || value.isBlank() || PLACEHOLDER_ACCOUNTS.contains(value.strip());
    }

    private static boolean isPlaceholderUrl(String value) {
        return value == null || value.isBlank() || value.strip().startsWith(PLACEHOLDER_BUCKET_URL);
    }

}
