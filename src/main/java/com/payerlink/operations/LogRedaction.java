package com.payerlink.operations;

import org.springframework.boot.json.JsonWriter;
import org.springframework.boot.logging.structured.StructuredLoggingJsonMembersCustomizer;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The last line of defence for JSON logs ({@code logging.structured.json.customizer}): every text value of a log line,
 * message and stack trace alike, loses what looks like a secret before it is written. The portal logs no secret on
 * purpose; this catches one that a library or an exception message carries: API tokens, AWS keys and session tokens,
 * ExternalIds, invitation links, passwords and bearer headers.
 */
public class LogRedaction implements StructuredLoggingJsonMembersCustomizer<Object> {

    static final String REDACTED = "[redacted]";

    private static final String SECRET_NAMES = "password|passwd|pwd|secret|secretAccessKey|secret_access_key"
            + "|sessionToken|session_token|x-amz-security-token|credentials|externalId|external_id|token|api[_-]?key";

    private static final List<Replacement> REPLACEMENTS = List.of(
            // "secretName":"a quoted value", then secret-name=value and secret-name: value (up to a separator)
            new Replacement(Pattern.compile("(?i)(" + SECRET_NAMES + ")(\"?\\s*[=:]\\s*\")[^\"]*"), "$1$2" + REDACTED),
            new Replacement(Pattern.compile("(?i)(" + SECRET_NAMES + ")(\\s*[=:]\\s*)[^\\s\"',&;}]+"), "$1$2" + REDACTED),
            new Replacement(Pattern.compile("(?i)<(SecretAccessKey|SessionToken|ExternalId|Password|Token)>[^<]*"),
                    "<$1>" + REDACTED),
            new Replacement(Pattern.compile("(?i)\\b(Bearer|Basic)\\s+[A-Za-z0-9._~+/=-]+"), "$1 " + REDACTED),
            // the portal's API tokens, AWS access key ids, invitation and set-password links
            new Replacement(Pattern.compile("\\bpl_[A-Za-z0-9_-]{20,}"), "pl_" + REDACTED),
            new Replacement(Pattern.compile("\\b(AKIA|ASIA)[A-Z0-9]{16}\\b"), "$1" + REDACTED),
            new Replacement(Pattern.compile("/invite/[^/\\s?#\"]+"), "/invite/" + REDACTED),
            new Replacement(Pattern.compile("/set-password/[^/\\s?#\"]+"), "/set-password/" + REDACTED),
            // ExternalIds as Payerlink generates them: 32 characters of lowercase base32
            new Replacement(Pattern.compile("\\b[a-z2-7]{32}\\b"), REDACTED));

    @Override
    public void customize(JsonWriter.Members<Object> members) {
        members.applyingValueProcessor(JsonWriter.ValueProcessor.of(String.class, LogRedaction::redact));
    }

    /** The text with anything that looks like a secret replaced by {@value #REDACTED}. */
    public static String redact(String text) {
        String redacted = text;
        for (Replacement r : REPLACEMENTS) {
            Matcher m = r.pattern().matcher(redacted);
            if (m.find()) {
                redacted = m.replaceAll(r.with());
            }
        }
        return redacted;
    }

    private record Replacement(Pattern pattern, String with) {
    }

}
