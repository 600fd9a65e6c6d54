package com.payerlink.account.domain;

import java.util.Map;
import java.util.stream.Collectors;

/**
 * How a management account puts Payerlink's role into every member account of its organization: a service-managed
 * StackSet with automatic deployment to the root or an OU, whose stacks report back with the management account's
 * StackSet secret.
 *
 * @param consoleUrl the CloudFormation console's "Create StackSet" page in the partition's home region
 * @param cliCommand the two AWS CLI commands (create the StackSet, deploy it to the root or an OU)
 * @param template   the StackSet template with the management account's values as defaults (to upload)
 */
public record StackSetInstructions(String consoleUrl, String cliCommand, String template) {

    static StackSetInstructions of(CustomerAccount management, String templateUrl, Map<String, String> values,
            String template) {
        Partition p = management.partition();
        String region = p.homeRegion().value();
        String name = "Payerlink-Members-" + management.accountId().value();
        String source = templateUrl.isEmpty() || templateUrl.startsWith(CloudFormationSettings.PLACEHOLDER_BUCKET_URL)
                ? "--template-body file://" + TemplateKind.STACKSET.fileName(p)
                : "--template-url " + templateUrl;
        String parameters = values.entrySet().stream()
            .map(e -> "ParameterKey=" + e.getKey() + ",ParameterValue=" + quoted(e.getValue()))
            .collect(Collectors.joining(" "));
        String cli = "aws cloudformation create-stack-set --region " + region + " --stack-set-name " + name + " \\\n"
                + "  " + source + " \\\n"
                + "  --permission-model SERVICE_MANAGED"
                + " --auto-deployment Enabled=true,RetainStacksOnAccountRemoval=false \\\n"
                + "  --capabilities CAPABILITY_IAM \\\n"
                + "  --parameters " + parameters + "\n"
                + "aws cloudformation create-stack-instances --region " + region + " --stack-set-name " + name + " \\\n"
                + "  --deployment-targets OrganizationalUnitIds=<root or OU id, e.g. r-ab12> --regions " + region;
        return new StackSetInstructions("https://" + p.consoleHost() + "/cloudformation/home?region=" + region
                + "#/stacksets/create", cli, template);
    }

    // the shell must see each value as one word, whatever it holds
    private static String quoted(String value) {
        return value.matches("[A-Za-z0-9_.:/@=+-]*") && !value.isEmpty() ? value
                : "'" + value.replace("'", "'\\''") + "'";
    }

}
