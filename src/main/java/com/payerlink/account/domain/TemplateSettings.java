package com.payerlink.account.domain;

import java.util.Objects;

/**
 * What a published template depends on besides the account: the partition, the platform account there that the
 * role trusts, the portal's callback address (the default of {@code CallbackUrl}), and the kind of template.
 */
public record TemplateSettings(Partition partition, AccountId platformAccountId, String callbackUrl, TemplateKind kind) {

    public TemplateSettings {
        Objects.requireNonNull(partition, "partition");
        Objects.requireNonNull(platformAccountId, "platformAccountId");
        Objects.requireNonNull(kind, "kind");
        callbackUrl = callbackUrl == null ? "" : callbackUrl.strip();
    }

}
