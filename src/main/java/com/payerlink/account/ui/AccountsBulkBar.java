package com.payerlink.account.ui;

import com.payerlink.account.domain.AccountBulkAction;
import com.payerlink.account.domain.AccountListService;
import com.payerlink.account.domain.AccountQuery;
import com.payerlink.account.domain.AccountSelection;
import com.payerlink.account.domain.AccountTemplates;
import com.payerlink.core.InvalidInputException;
import com.payerlink.core.ui.CsvDownload;
import com.payerlink.core.ui.Notices;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

import java.util.List;
import java.util.UUID;

/**
 * What can be done with the selected accounts, or with all that match the filters: CloudFormation links, export,
 * registration (org admins) and the bulk actions of other features (verify, invitations, tickets…). Shown only while
 * accounts are selected. "All matching" travels as the filter, never as ids: the server resolves it.
 */
class AccountsBulkBar extends HorizontalLayout {

    static final String CSV_FILE_NAME = "cloudformation-links.csv";

    // runs after a bulk action changed accounts, so the grid shows them anew
    private final transient Runnable accountsChanged;

    final Span selectionCount = new Span();

    /** "Select all 1,234 matching": shown while fewer are selected. */
    final Button selectAllMatching = new Button();

    final Anchor cloudFormationLinks;

    final Anchor exportSelected;

    /** "Register…" (org admins), or null for the others. */
    final Button register;

    // The downloads run in their own request, outside the session lock: they read this copy, never the grid.
    private volatile AccountSelection selection = AccountSelection.of(List.of());

    /**
     * @param register opens the bulk registration for a selection; null when the user may not register
     */
    AccountsBulkBar(AccountTemplates templates, AccountListService accountLists, List<AccountBulkAction> bulkActions,
            java.util.function.Consumer<AccountSelection> register, Runnable selectAll, Runnable clearSelection,
            Runnable accountsChanged) {
        this.accountsChanged = accountsChanged;
        cloudFormationLinks = CsvDownload.link("CloudFormation links", CSV_FILE_NAME,
                out -> out.write(templates.cloudFormationLinksCsv(accountLists.ids(selection))));
        cloudFormationLinks.getElement().setAttribute("title",
                "A CSV with the ExternalId and quick-create link of each selected account, to send to its owner");
        cloudFormationLinks.addClassName("bulk-action");

        // the account list in the import's own format, so an export imports back unchanged
        exportSelected = CsvDownload.link("Export CSV", AccountsView.ACCOUNT_LIST_FILE_NAME,
                out -> accountLists.writeAccountList(selection, out));
        exportSelected.addClassName("bulk-action");

        Button clear = new Button("Clear selection", e -> clearSelection.run());
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        selectionCount.addClassName("selection-count");
        selectAllMatching.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        selectAllMatching.addClassName("select-all-matching");
        selectAllMatching.addClickListener(e -> selectAll.run());

        add(selectionCount, selectAllMatching, cloudFormationLinks, exportSelected);
        if (register != null) {
            this.register = new Button("Register…", e -> register.accept(selection));
            this.register.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            this.register.setTooltipText("Register the selected accounts that are ready and verify them as one batch");
            this.register.addClassName("bulk-action");
            add(this.register);
        }
        else {
            this.register = null;
        }
        // other features add their bulk actions as AccountBulkAction beans
        bulkActions.forEach(action -> add(bulkButton(action, accountLists)));
        add(clear);
        addClassName("bulk-bar");
        setAlignItems(FlexComponent.Alignment.CENTER);
        getStyle().set("flex-wrap", "wrap");
        setVisible(false);
    }

    /**
     * Shows the bar for these selected accounts, or hides it when none is selected.
     *
     * @param matching how many accounts match the filters, to offer selecting all of them
     */
    void select(List<UUID> ids, int matching) {
        selection = AccountSelection.of(ids);
        selectionCount.setText(count(ids.size()) + " selected");
        selectAllMatching.setText("Select all " + count(matching) + " matching");
        selectAllMatching.setVisible(ids.size() < matching);
        setVisible(!ids.isEmpty());
    }

    /** Shows the bar for every account that matches the query ({@code matching} of them, last counted). */
    void selectAllMatching(AccountQuery query, int matching) {
        selection = AccountSelection.matching(query);
        selectionCount.setText("All " + count(matching) + (matching == 1 ? " matching account" : " matching accounts")
                + " selected");
        selectAllMatching.setVisible(false);
        setVisible(true);
    }

    AccountSelection selection() {
        return selection;
    }

    private static String count(int n) {
        return String.format(java.util.Locale.ENGLISH, "%,d", n);
    }

    private Button bulkButton(AccountBulkAction action, AccountListService accountLists) {
        Button button = new Button(action.label(), e -> {
            try {
                AccountBulkAction.Outcome outcome = action.run(accountLists.ids(selection));
                Notices.success(outcome.message());
                accountsChanged.run();
                if (outcome.navigateTo() != null) {
                    UI.getCurrent().navigate(outcome.navigateTo());
                }
            }
            catch (InvalidInputException ex) {
                Notices.error(ex.getMessage());
            }
        });
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        button.setTooltipText(action.description());
        button.addClassName("bulk-action");
        return button;
    }

}
