package com.payerlink.invitation.ui;

import com.payerlink.core.ui.Timestamps;
import com.payerlink.core.ui.StatusBadge;
import com.payerlink.core.InvalidInputException;
import com.payerlink.core.security.Roles;
import com.payerlink.core.ui.MainLayout;
import com.payerlink.core.ui.Notices;
import com.payerlink.invitation.domain.InvitationOutcome;
import com.payerlink.invitation.domain.InvitationService;
import com.payerlink.invitation.domain.InvitationStatus;
import com.payerlink.invitation.domain.InvitationSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

/** The tenant's invitations: who was invited for which account, how far they got; resend or revoke. */
@Route(value = "invitations", layout = MainLayout.class)
@PageTitle("Invitations · Payerlink")
@Menu(order = 20, title = "Invitations", icon = "vaadin:envelope-open-o")
@RolesAllowed({ Roles.ORG_ADMIN, Roles.OPERATOR, Roles.VIEWER })
public class InvitationsView extends VerticalLayout {

    private static final Set<InvitationStatus> LIVE = Set.of(InvitationStatus.PENDING, InvitationStatus.OPENED,
            InvitationStatus.COMPLETED);

    private final transient InvitationService invitationService;

    private final boolean mayEdit;

    private final Grid<InvitationSummary> grid = new Grid<>(InvitationSummary.class, false);

    public InvitationsView(InvitationService invitationService, AuthenticationContext authenticationContext) {
        this.invitationService = invitationService;
        this.mayEdit = authenticationContext.hasAnyRole(Roles.ORG_ADMIN, Roles.OPERATOR);
        setSizeFull();
        add(new H2("Invitations"), new Paragraph("Send invitations from Accounts: select the accounts and choose "
                + "\"Send invitations\". Each contact gets a private link to that account's own steps."), createGrid());
        refresh();
        // times were first shown in the server's zone; show them again in the browser's
        Timestamps.refreshWhenZoneKnown(this, this::refresh);
    }

    private Grid<InvitationSummary> createGrid() {
        grid.addColumn(InvitationSummary::accountName).setHeader("Account").setFlexGrow(2);
        grid.addColumn(InvitationSummary::awsAccountId).setHeader("Account ID").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(i -> new StatusBadge(i.status().statusLabel())).setHeader("Status").setAutoWidth(true)
            .setFlexGrow(0);
        grid.addColumn(i -> String.join(", ", i.sentTo())).setHeader("Sent to").setFlexGrow(2);
        grid.addColumn(i -> when(i.createdAt()) + " · " + i.createdBy()).setHeader("Sent").setFlexGrow(2);
        grid.addColumn(i -> when(i.expiresAt())).setHeader("Expires").setAutoWidth(true).setFlexGrow(0);
        if (mayEdit) {
            grid.addComponentColumn(this::actions).setKey("actions").setHeader("").setAutoWidth(true).setFlexGrow(0);
        }
        grid.setEmptyStateText("No invitations yet.");
        grid.setSizeFull();
        return grid;
    }

    private HorizontalLayout actions(InvitationSummary i) {
        Button resend = new Button("Resend", e -> run(() -> {
            InvitationOutcome outcome = invitationService.send(List.of(i.accountId()));
            Notices.success(outcome.message() + " The old link no longer works."
                    + (outcome.toCopy().isEmpty() ? "" : " Copy the new link below and send it yourself."));
            if (!outcome.toCopy().isEmpty()) {
                new LinksToCopyDialog(outcome.toCopy()).open();
            }
        }));
        resend.addThemeVariants(ButtonVariant.LUMO_SMALL);
        Button revoke = new Button("Revoke", e -> run(() -> {
            invitationService.revoke(i.accountId());
            Notices.success("Revoked: the link for " + i.accountName() + " no longer works.");
        }));
        revoke.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        revoke.setVisible(LIVE.contains(i.status()));
        return new HorizontalLayout(resend, revoke);
    }

    private void run(Runnable action) {
        try {
            action.run();
            refresh();
        }
        catch (InvalidInputException e) {
            Notices.error(e.getMessage());
        }
    }

    private void refresh() {
        grid.setItems(invitationService.invitations());
    }

    private static String when(OffsetDateTime t) {
        return Timestamps.dateTime(t);
    }

}
