package com.payerlink.account.ui;

import com.payerlink.account.domain.AccountBulkAction;
import com.payerlink.account.domain.AccountListService;
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
 * What can be done with the selected accounts: CloudFormation links, export and the bulk
 * actions of other features (verify, invitations, tickets…). Shown only while accounts are selected.
 */
class AccountsBulkBar extends HorizontalLayout {

    static final String CSV_FILE_NAME = "cloudformation-links.csv";

    // runs after a bulk action changed accounts, so the grid shows them anew
    private final transient Runnable accountsChanged;

    final Span selectionCount = new Span();

    final Anchor cloudFormationLinks;

    final Anchor exportSelected;

    // The downloads run in their own request, outside the session lock: they read this copy, never the grid.
    private volatile List<UUID> selectedIds = List.of();

    AccountsBulkBar(AccountTemplates templates, AccountListService accountLists,
            List<AccountBulkAction> bulkActions, Runnable clearSelection, Runnable accountsChanged) {
        this.accountsChanged = accountsChanged;
        cloudFormationLinks = CsvDownload.link("CloudFormation links", CSV_FILE_NAME,
                out -> out.write(templates.cloudFormationLinksCsv(selectedIds)));
        cloudFormationLinks.getElement().setAttribute("title",
                "A CSV with the ExternalId and quick-create link of each selected account, to send to its owner");
        cloudFormationLinks.addClassName("bulk-action");

        // the account list in the import's own format, so an export imports back unchanged
        exportSelected = CsvDownload.link("Export CSV", AccountsView.ACCOUNT_LIST_FILE_NAME,
                out -> accountLists.writeAccountList(selectedIds, out));
        exportSelected.addClassName("bulk-action");

        Button clear = new Button("Clear selection", e -> clearSelection.run());
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        selectionCount.addClassName("selection-count");

        // other features add their bulk actions as AccountBulkAction beans
        add(selectionCount, cloudFormationLinks, exportSelected);
        bulkActions.forEach(action -> add(bulkButton(action)));
        add(clear);
        addClassName("bulk-bar");
        setAlignItems(FlexComponent.Alignment.CENTER);
        setVisible(false);
    }

    /** Shows the bar for these selected accounts, or hides it when none is selected. */
    void select(List<UUID> ids) {
        selectedIds = ids;
        selectionCount.setText(ids.size() + " selected");
        setVisible(!ids.isEmpty());
    }

    private Button bulkButton(AccountBulkAction action) {
        Button button = new Button(action.label(), e -> {
            try {
                AccountBulkAction.Outcome outcome = action.run(selectedIds);
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
