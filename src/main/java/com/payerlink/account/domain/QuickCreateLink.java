package com.payerlink.account.domain;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The "Run Template" link of wizard step 5: the CloudFormation console's quick-create page in the
 * account's partition and home region, with the template URL, stack name and every parameter filled in.
 */
public final class QuickCreateLink {

    private static final Pattern STACK_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9-]*");
    private static final int MAX_STACK_NAME = 128;

    private QuickCreateLink() {
    }

    /**
     * The quick-create link, e.g. {@code https://console.aws.amazon.com/cloudformation/home?region=us-east-1
     * #/stacks/quickcreate?templateURL=...&stackName=Payerlink-012345678901&param_ExternalId=...}.
     *
     * @param templateUrl where CloudFormation can download the template (an https URL, normally in S3)
     * @throws InvalidValueException if the stack name breaks CloudFormation's rules or the template
     *                               URL is not an https URL
     */
    public static URI of(Partition partition, String templateUrl, String stackName, ExternalId externalId) {
        Objects.requireNonNull(externalId, "externalId");
        return of(partition, templateUrl, stackName,
                Map.of(CloudFormationTemplate.EXTERNAL_ID_PARAMETER, externalId.value()));
    }

    /**
     * The quick-create link passing every parameter value as {@code param_<name>}, in the given order.
     *
     * @throws InvalidValueException as {@link #of(Partition, String, String, ExternalId)}
     */
    public static URI of(Partition partition, String templateUrl, String stackName, Map<String, String> parameters) {
        Objects.requireNonNull(partition, "partition");
        String url = checkTemplateUrl(templateUrl);
        String name = parseStackName(stackName);
        StringBuilder link = new StringBuilder("https://" + partition.consoleHost() + "/cloudformation/home?region="
                + partition.homeRegion().value()
                + "#/stacks/quickcreate?templateURL=" + encode(url)
                + "&stackName=" + encode(name));
        parameters.forEach((key, value) -> link.append("&param_").append(encode(key)).append('=').append(encode(value)));
        return URI.create(link.toString());
    }

    /** The stack name Payerlink suggests for an account: {@code Payerlink-<account ID>}. */
    public static String stackNameFor(AccountId accountId) {
        return "Payerlink-" + accountId.value();
    }

    /**
     * Checks a CloudFormation stack name: a letter, then letters, digits and hyphens, at most 128.
     *
     * @throws InvalidValueException saying which rule the name breaks
     */
    public static String parseStackName(String raw) {
        String name = Inputs.trim(raw);
        if (name.isEmpty()) {
            throw new InvalidValueException("Stack name is empty; use e.g. Payerlink-012345678901.");
        }
        if (name.length() > MAX_STACK_NAME) {
            throw new InvalidValueException("Stack name has " + name.length() + " characters; CloudFormation allows"
                    + " at most 128, so shorten it.");
        }
        if (!Character.isLetter(name.charAt(0)) || name.charAt(0) > 'z') {
            throw new InvalidValueException("Stack name '" + name + "' starts with "
                    + Inputs.describe(name.codePointAt(0)) + "; stack names start with a letter A-Z or a-z,"
                    + " e.g. Payerlink-012345678901.");
        }
        if (!STACK_NAME.matcher(name).matches()) {
            int bad = 0;
            while (bad < name.length() && String.valueOf(name.charAt(bad)).matches("[A-Za-z0-9-]")) {
                bad++;
            }
            throw new InvalidValueException("Stack name '" + name + "' contains "
                    + Inputs.describe(name.codePointAt(bad)) + "; stack names contain only letters A-Z and a-z,"
                    + " digits and hyphens.");
        }
        return name;
    }

    private static String checkTemplateUrl(String raw) {
        String url = Inputs.trim(raw);
        if (url.isEmpty()) {
            throw new InvalidValueException("Template URL is empty; use the https address of the uploaded template,"
                    + " normally in S3.");
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new InvalidValueException("Template URL '" + url + "' is not a valid URL (" + e.getReason()
                    + " at position " + (e.getIndex() + 1) + "); use the address exactly as S3 shows it, with"
                    + " spaces and special characters encoded.");
        }
        if (!"https".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null) {
            throw new InvalidValueException("Template URL '" + url + "' is not an https URL; CloudFormation downloads"
                    + " the template from an https address, normally in S3.");
        }
        return url;
    }

    // Form-encoding writes spaces as '+'; in a URL fragment that must be %20.
    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
