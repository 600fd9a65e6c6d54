package com.payerlink.verification.aws;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import com.payerlink.core.PlatformNotice;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** The platform's own AWS identity is missing: no account can be verified, whatever its settings. */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class PlatformIdentityNotice implements PlatformNotice {

    // the SDK's message lists every provider of the chain it tried; its start says enough here
    private static final int DETAIL_LENGTH = 160;

    private final AwsClients aws;

    @Override
    public @Nullable Notice now() {
        return aws.platformIdentityProblem().map(problem -> new Notice(
                "No account can be verified: the platform has no AWS identity (" + shorten(problem) + "). Give the "
                        + "portal one through the default credential chain: AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, "
                        + "AWS_PROFILE, or the host's IAM role.",
                "Verification against AWS is paused: the platform's own AWS identity is not set up. This is not about "
                        + "your accounts; the platform's operators see this too. Verify again once this notice is gone."))
            .orElse(null);
    }

    private static String shorten(@Nullable String problem) {
        String text = problem == null ? "no credentials" : problem.strip();
        return text.length() <= DETAIL_LENGTH ? text : text.substring(0, DETAIL_LENGTH - 1) + "…";
    }

}
