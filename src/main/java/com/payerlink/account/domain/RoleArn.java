package com.payerlink.account.domain;

import com.payerlink.core.InvalidInputException;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The ARN of the IAM role that the Payerlink stack creates, as pasted from the stack's Outputs tab:
 * {@code arn:<partition>:iam::<12-digit account ID>:role/<path><role name>}.
 *
 * <p>Role names follow IAM: 1 to 64 characters out of letters, digits and {@code _+=,.@-}.
 * A path is {@code /} or {@code /segment/.../} with printable ASCII segments (IAM's own rule),
 * at most 512 characters.
 */
public record RoleArn(Partition partition, AccountId accountId, String path, String roleName) {

    // one search per name: a matcher per character was a tenth of what a stack report allocated
    private static final Pattern NOT_ROLE_NAME_CHAR = Pattern.compile("[^\\w+=,.@-]");
    private static final int MAX_NAME = 64;
    private static final int MAX_PATH = 512;
    private static final Set<String> OTHER_IAM_TYPES = Set.of(
            "user", "group", "policy", "instance-profile", "saml-provider", "oidc-provider",
            "server-certificate", "mfa", "root");
    private static final String SHAPE = "arn:aws:iam::<12-digit account ID>:role/<role name>";
    private static final String WHERE = "copy the RoleArn value from the Outputs tab of the Payerlink stack";

    public RoleArn {
        Objects.requireNonNull(partition, "partition");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(roleName, "roleName");
        String subject = "Role ARN " + partition.arnPrefix() + ":iam::" + accountId + ":role" + path + roleName;
        checkPath(subject, path);
        checkRoleName(subject, roleName);
    }

    /**
     * Reads a role ARN pasted from the stack outputs, without knowing which account it is for.
     *
     * @throws InvalidValueException if it is not a well-formed IAM role ARN in a supported
     *                               partition; the message shows the expected shape
     */
    // Long on purpose: one check per way a pasted ARN goes wrong, each with its own message, in the order a reader
    // of the ARN meets its parts; split up, the order of the messages would no longer read from the code.
    public static RoleArn parse(String raw) {
        String text = Inputs.trim(raw);
        if (text.isEmpty()) {
            throw new InvalidValueException("Role ARN is empty; " + WHERE + ", e.g. "
                    + "arn:aws:iam::012345678901:role/PayerlinkRole.");
        }
        int space = firstWhitespace(text);
        if (space >= 0) {
            throw new InvalidValueException("Role ARN " + text + " contains " + Inputs.describe(text.codePointAt(space))
                    + "; an ARN has none. " + capitalize(WHERE) + " again.");
        }
        if (!text.startsWith("arn:")) {
            throw new InvalidValueException(notAnArn(text));
        }
        String[] parts = text.split(":", 6);
        if (parts.length < 6) {
            throw malformed(text);
        }
        Partition partition = partitionOf(text, parts[1]);
        String service = parts[2];
        String region = parts[3];
        String resource = parts[5];
        if (service.equals("sts") && resource.startsWith("assumed-role/")) {
            String roleName = resource.substring("assumed-role/".length()).split("/", 2)[0];
            throw new InvalidValueException("Role ARN " + text + " is the ARN of a session that assumed the role,"
                    + " not of the role itself; use " + partition.arnPrefix() + ":iam::" + parts[4] + ":role/"
                    + roleName + " (if the role has a path, " + WHERE + ").");
        }
        if (!service.equals("iam")) {
            throw new InvalidValueException("Role ARN " + text + " is an ARN of the '" + service + "' service, not an"
                    + " IAM role; expected the shape " + SHAPE + ". " + capitalize(WHERE) + ".");
        }
        if (!region.isEmpty()) {
            throw new InvalidValueException("Role ARN " + text + " names the region '" + region + "', but IAM ARNs have"
                    + " no region; remove it so that the ARN starts with " + partition.arnPrefix() + ":iam::"
                    + parts[4] + ":.");
        }
        AccountId accountId;
        try {
            accountId = AccountId.parse(parts[4]);
        } catch (InvalidValueException e) {
            throw new InvalidValueException("Role ARN " + text + " has no valid account ID: " + e.getMessage());
        }
        String type = resource.contains("/") ? resource.substring(0, resource.indexOf('/')) : resource;
        if (!type.equals("role")) {
            if (OTHER_IAM_TYPES.contains(type)) {
                throw new InvalidValueException("Role ARN " + text + " points to an IAM " + type.replace('-', ' ')
                        + " (:" + type + (resource.contains("/") ? "/" : "") + "), not a role; a role ARN contains :role/, as in " + SHAPE + ". "
                        + capitalize(WHERE) + ".");
            }
            throw malformed(text);
        }
        String rest = resource.substring("role".length());
        if (rest.isEmpty() || rest.equals("/")) {
            throw new InvalidValueException("Role ARN " + text + " has no role name after 'role/'; expected the shape "
                    + SHAPE + ". " + capitalize(WHERE) + ".");
        }
        int lastSlash = rest.lastIndexOf('/');
        String path = rest.substring(0, lastSlash + 1);
        String roleName = rest.substring(lastSlash + 1);
        if (roleName.isEmpty()) {
            throw new InvalidValueException("Role ARN " + text + " ends with a slash, so the role name is missing;"
                    + " the name comes after the last slash, as in " + SHAPE + ".");
        }
        checkPath("Role ARN " + text, path);
        checkRoleName("Role ARN " + text, roleName);
        return new RoleArn(partition, accountId, path, roleName);
    }

    /**
     * Reads a role ARN pasted for a given account (wizard step 6): besides being well-formed it must
     * be in the account's partition and belong to the account itself.
     *
     * @throws InvalidValueException if it is malformed, in the other partition, or of another
     *                               account; the message names both partitions or both account IDs
     */
    public static RoleArn parse(String raw, Partition expectedPartition, AccountId expectedAccount) {
        Objects.requireNonNull(expectedPartition, "expectedPartition");
        Objects.requireNonNull(expectedAccount, "expectedAccount");
        RoleArn arn = parse(raw);
        if (arn.partition != expectedPartition) {
            throw new InvalidValueException("Role ARN " + arn + " is in " + arn.partition.label() + " ("
                    + arn.partition.arnPrefix() + "), but account " + expectedAccount + " is connected through "
                    + expectedPartition.label() + ", so its ARN must start with " + expectedPartition.arnPrefix()
                    + ":iam::; paste the ARN from the stack created in " + expectedPartition.consoleHost()
                    + ", or change the account's partition in step 1.");
        }
        if (!arn.accountId.equals(expectedAccount)) {
            throw new InvalidValueException("Role ARN " + arn + " belongs to account " + arn.accountId
                    + ", but this connection is for account " + expectedAccount + "; paste the role ARN from the"
                    + " Payerlink stack in account " + expectedAccount + ".");
        }
        return arn;
    }

    /** The canonical ARN text. */
    public String value() {
        return partition.arnPrefix() + ":iam::" + accountId.value() + ":role" + path + roleName;
    }

    @Override
    public String toString() {
        return value();
    }

    private static Partition partitionOf(String text, String id) {
        for (Partition p : Partition.values()) {
            if (p.id().equals(id)) {
                return p;
            }
        }
        throw new InvalidValueException("Role ARN " + text + " is in the partition '" + id + "', which Payerlink does"
                + " not support; role ARNs start with arn:aws: (AWS) or arn:aws-cn: (AWS China).");
    }

    private static void checkRoleName(String subject, String name) {
        if (name.isEmpty()) {
            throw new InvalidValueException(subject + " has no role name; expected the shape " + SHAPE + ".");
        }
        if (name.length() > MAX_NAME) {
            throw new InvalidValueException(subject + " has a role name of " + name.length() + " characters; IAM role"
                    + " names have at most 64. " + capitalize(WHERE) + " again; it may have been pasted twice.");
        }
        int bad = firstNotAllowed(name, NOT_ROLE_NAME_CHAR);
        if (bad >= 0) {
            throw new InvalidValueException(subject + " has " + Inputs.describe(name.codePointAt(bad))
                    + " in the role name '" + name + "'; IAM role names contain only letters, digits and"
                    + " the characters _ + = , . @ -. " + capitalize(WHERE) + ".");
        }
    }

    private static void checkPath(String subject, String path) {
        if (!path.startsWith("/") || !path.endsWith("/")) {
            throw new InvalidValueException(subject + " has the role path '" + path + "'; a path starts and ends"
                    + " with a slash, as in / or /team/.");
        }
        if (path.length() > MAX_PATH) {
            throw new InvalidValueException(subject + " has a role path of " + path.length() + " characters; IAM"
                    + " allows at most 512. " + capitalize(WHERE) + ".");
        }
        if (path.contains("//")) {
            throw new InvalidValueException(subject + " has two slashes in a row in the role path '" + path
                    + "'; remove the extra slash.");
        }
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c < '!' || c > '~') {
                throw new InvalidValueException(subject + " has " + Inputs.describe(path.codePointAt(i))
                        + " in the role path '" + path + "'; IAM paths contain only printable ASCII characters."
                        + " " + capitalize(WHERE) + ".");
            }
        }
    }

    private static String notAnArn(String text) {
        if (text.matches("\\d{12}")) {
            return "'" + text + "' is an account ID, not a role ARN; " + WHERE + ", shaped " + SHAPE + ".";
        }
        if (text.matches("[\\w+=,.@-]{1,64}")) {
            return "'" + text + "' looks like a role name, not a role ARN; paste the whole ARN, shaped"
                    + " arn:aws:iam::<12-digit account ID>:role/" + text + ".";
        }
        return "Role ARN " + text + " does not start with 'arn:'; expected the shape " + SHAPE + ". "
                + capitalize(WHERE) + ".";
    }

    private static InvalidValueException malformed(String text) {
        return new InvalidValueException("Role ARN " + text + " is not in the expected shape " + SHAPE
                + " (arn:aws-cn:iam::... in AWS China). " + capitalize(WHERE) + ".");
    }

    private static int firstWhitespace(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)
                    || c == '\uFEFF' || c == '\u200B') {
                return i;
            }
        }
        return -1;
    }

    private static int firstNotAllowed(String text, Pattern notAllowed) {
        java.util.regex.Matcher m = notAllowed.matcher(text);
        return m.find() ? m.start() : -1;
    }

    private static String capitalize(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
    /** Reads the role ARN(s) of an account pasted one per line (blank lines and repeats left out); at least one. */
    static List<RoleArn> parseLines(String raw, Partition partition, AccountId accountId) {
        List<String> lines = raw == null ? List.of()
                : raw.lines().map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
        if (lines.isEmpty()) {
            throw new InvalidInputException("roleArns",
                    "Paste the role ARN from the stack's Outputs tab, e.g. " + partition.arnPrefix() + ":iam::"
                            + accountId.value() + ":role/PayerlinkRole.");
        }
        return lines.stream()
            .map(line -> InvalidInputException.inField("roleArns", () -> RoleArn.parse(line, partition, accountId)))
            .collect(Collectors.toList());
    }

    /** The ARNs as a history line shows them, comma-separated. */
    static String joined(List<RoleArn> arns) {
        return String.join(", ", arns.stream().map(RoleArn::value).toList());
    }

}
