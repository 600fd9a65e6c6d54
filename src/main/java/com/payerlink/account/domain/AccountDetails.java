package com.payerlink.account.domain;

import com.payerlink.core.EmailAddress;
import com.payerlink.core.InvalidInputException;
import com.payerlink.core.SingleLine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Step 2 as typed: account ID, name, connection method and contacts.
 *
 * @param contactEmails e-mail addresses separated by commas, semicolons, spaces or line breaks
 */
public record AccountDetails(String accountId, String name, ConnectionMethod method, String contactEmails) {

    // commas, semicolons and white space between addresses (compiled once: an import splits every line's list)
    private static final Pattern EMAIL_SEPARATORS = Pattern.compile("[,;\\s]+");

    /** Checks every field and returns the typed values; throws naming the first field that breaks a rule. */
    public Valid validated() {
        // as the AWS console shows it (4455-6677-8899) or with spaces is fine: the digits count
        AccountId id = InvalidInputException.inField("accountId", () -> AccountId.parseAsShown(accountId));
        String n = SingleLine.required("name", "name", name, 200,
                "Enter a name for the account, e.g. the customer's company.");
        if (method == null) {
            throw new InvalidInputException("method", "Choose how the platform reads this account's costs.");
        }
        return new Valid(id, n, method, parseEmails(contactEmails));
    }

    /** Splits and checks a list of contact e-mail addresses. */
    public static List<String> parseEmails(String raw) {
        List<String> emails = new ArrayList<>();
        if (raw == null) {
            return emails;
        }
        for (String part : parts(raw)) {
            String email = EmailAddress.tryParse(part).orElseThrow(() -> new InvalidInputException("contactEmails",
                    "\"" + part + "\" is not an e-mail address. Separate several addresses with commas.")).value();
            if (!emails.contains(email)) {
                emails.add(email);
            }
        }
        if (emails.size() > 20) {
            throw new InvalidInputException("contactEmails", "At most 20 contacts per account.");
        }
        return emails;
    }

    // one address (the usual cell) without a regular expression; several split at the separators
    private static List<String> parts(String raw) {
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == ',' || c == ';' || Character.isWhitespace(c)) {
                return Arrays.stream(EMAIL_SEPARATORS.split(raw)).filter(s -> !s.isBlank()).toList();
            }
        }
        return raw.isEmpty() ? List.of() : List.of(raw);
    }

    /** The checked values. */
    public record Valid(AccountId accountId, String name, ConnectionMethod method, List<String> contactEmails) {
    }

}
