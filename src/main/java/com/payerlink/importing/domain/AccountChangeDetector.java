package com.payerlink.importing.domain;

import com.payerlink.account.domain.AccountListEntry;
import com.payerlink.account.domain.AccountListRow;
import com.payerlink.account.domain.AccountListUpdate;
import com.payerlink.account.domain.AwsRegion;
import com.payerlink.account.domain.BucketName;
import com.payerlink.account.domain.ConnectionMethod;
import com.payerlink.account.domain.CurReportName;
import com.payerlink.account.domain.Product;
import com.payerlink.account.domain.ReportPrefix;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Compares a parsed row with the stored account of the same key and classifies it UPDATE (naming each
 * field that changes), UNCHANGED, or ERROR when the change would touch a registered connection. A field
 * the file leaves empty keeps its stored value.
 */
final class AccountChangeDetector {

    private AccountChangeDetector() {
    }

    static void classify(ImportRow row, AccountListEntry stored) {
        AccountListRow in = row.values();
        AccountListRow cur = stored.row();
        List<String> changes = new ArrayList<>();
        String name = field(changes, "Name", in.name(), cur.name());
        ConnectionMethod method = in.method() == null ? cur.method() : in.method();
        if (method != cur.method()) {
            changes.add("Method: " + cur.method().label() + " → " + method.label());
        }
        List<String> emails = cur.contactEmails();
        if (in.contactEmails() != null && !new HashSet<>(in.contactEmails()).equals(new HashSet<>(cur.contactEmails()))) {
            changes.add("Contacts: " + text(String.join(", ", cur.contactEmails())) + " → "
                    + text(String.join(", ", in.contactEmails())));
            emails = in.contactEmails();
        }
        Set<Product> products = cur.products();
        if (in.products() != null && !Product.withAlwaysOn(in.products()).equals(cur.products())) {
            products = Product.withAlwaysOn(in.products());
            changes.add("Products: " + labels(cur.products()) + " → " + labels(products));
        }
        BucketName bucket = field(changes, "Bucket", in.curBucket(), cur.curBucket());
        CurReportName report = field(changes, "Report", in.curReportName(), cur.curReportName());
        ReportPrefix prefix = field(changes, "Prefix", in.curPrefix(), cur.curPrefix());
        AwsRegion region = field(changes, "Bucket region", in.curBucketRegion(), cur.curBucketRegion());
        if (changes.isEmpty()) {
            row.classifyUnchanged();
            return;
        }
        String what = String.join("; ", changes);
        if (!stored.editable()) {
            row.reject(new ImportMessage(row.line(), null, null, "Account " + cur.accountId().value() + " is"
                    + " registered (" + stored.state().label() + "), so an import cannot change it (" + what + ")."
                    + " Remove this line, or make it match the account."));
            return;
        }
        row.classifyUpdate(new AccountListUpdate(stored.id(), stored.version(),
                new AccountListRow(cur.partition(), cur.accountId(), name, method, emails, products, bucket, report,
                        prefix, region), what));
    }

    // The file's value if it gives one, noting the change; else the stored value.
    private static <T> T field(List<String> changes, String label, T incoming, T stored) {
        if (incoming == null || Objects.equals(incoming, stored)) {
            return stored;
        }
        changes.add(label + ": " + text(stored) + " → " + incoming);
        return incoming;
    }

    // a value type's toString is its text
    private static String text(Object value) {
        return value == null || value.toString().isEmpty() ? "none" : value.toString();
    }

    private static String labels(Set<Product> products) {
        return String.join(", ", products.stream().sorted().map(Product::label).toList());
    }

}
