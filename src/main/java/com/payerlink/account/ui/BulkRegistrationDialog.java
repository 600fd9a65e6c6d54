package com.payerlink.account.ui;

import com.payerlink.account.domain.AccountSelection;
import com.payerlink.account.domain.RegistrationBlocker;
import com.payerlink.account.domain.RegistrationPreview;
import com.payerlink.core.ui.FormDialog;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;

import java.util.Locale;
import java.util.Map;

/**
 * "Register": how many of the selected accounts are ready to register and, grouped by reason, why the others are
 * not; one button registers the ready ones and starts their verification as one batch.
 */
class BulkRegistrationDialog extends FormDialog<AccountSelection> {

    private final AccountSelection selection;

    final Paragraph readyText = new Paragraph();

    final UnorderedList reasons = new UnorderedList();

    BulkRegistrationDialog(AccountSelection selection, RegistrationPreview preview) {
        super("Register connections", "34em", "Register " + count(preview.ready()) + " and verify");
        this.selection = selection;
        addClassName("bulk-registration-dialog");
        readyText.addClassName("ready-count");
        reasons.addClassName("not-ready-reasons");
        if (preview.ready() == 0) {
            readyText.setText("None of the " + count(preview.total()) + " selected accounts is ready to register.");
            save.setEnabled(false);
        }
        else {
            readyText.setText(count(preview.ready()) + " of " + count(preview.total()) + " selected accounts "
                    + (preview.ready() == 1 ? "is" : "are") + " ready to register. Registering them starts one"
                    + " verification against AWS, whose progress opens next.");
        }
        add(readyText);
        if (preview.notReadyCount() > 0) {
            add(new Paragraph(count(preview.notReadyCount()) + " not ready, and why (finish the step in each"
                    + " account's wizard, then register again):"));
            for (Map.Entry<RegistrationBlocker, Integer> e : preview.notReady().entrySet()) {
                reasons.add(new ListItem(count(e.getValue()) + " · " + e.getKey().label()));
            }
            add(reasons);
        }
    }

    @Override
    protected AccountSelection value() {
        return selection;
    }

    private static String count(int n) {
        return String.format(Locale.ENGLISH, "%,d", n);
    }

}
