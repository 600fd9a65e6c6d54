package com.payerlink.api.ui;

import com.payerlink.core.Tone;
import com.payerlink.core.ui.GridPage;
import com.payerlink.core.ui.Timestamps;
import com.payerlink.core.ui.ViewHeader;
import com.payerlink.core.ui.StatusBadge;
import com.payerlink.api.domain.ApiToken;
import com.payerlink.api.domain.ApiTokenService;
import com.payerlink.core.InvalidInputException;
import com.payerlink.core.security.Roles;
import com.payerlink.core.ui.MainLayout;
import com.payerlink.core.ui.Notices;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** The org admin's API tokens: create one for a script (its secret is shown once), see when each was used, revoke. */
@Route(value = "api-tokens", layout = MainLayout.class)
@PageTitle("API tokens · Payerlink")
@Menu(order = 85, title = "API tokens", icon = "vaadin:key")
@RolesAllowed(Roles.ORG_ADMIN)
public class ApiTokensView extends GridPage<ApiToken> {

    private final transient ApiTokenService tokenService;

    public ApiTokensView(ApiTokenService tokenService) {
        super(ApiToken.class);
        this.tokenService = tokenService;
        addColumns();
        layOut(ViewHeader.withAction("API tokens", "New token", this::openNewTokenDialog), createIntro());
    }

    private Paragraph createIntro() {
        Paragraph intro = new Paragraph("Scripts call the Payerlink API with a token in the header "
                + "\"Authorization: Bearer …\". A token acts for this tenant with its scope: Viewer only reads, Operator"
                + " also changes accounts, Org admin also registers and disconnects connections; a token works only"
                + " while the org admin who created it is one. Each endpoint names its scope at ");
        Anchor docs = new Anchor("/api/docs", "/api/docs");
        docs.setRouterIgnore(true);
        intro.add(docs, new Span("."));
        return intro;
    }

    private void addColumns() {
        grid.addColumn(ApiToken::name).setHeader("Name").setSortable(true).setFlexGrow(2);
        grid.addColumn(t -> t.role().label()).setHeader("Scope").setSortable(true);
        grid.addColumn(t -> dateTime(t.createdAt()) + " by " + t.createdBy()).setHeader("Created").setFlexGrow(2);
        grid.addColumn(t -> t.expiresAt() == null ? "Never" : t.expiresAt().atZoneSameInstant(ZoneOffset.UTC)
            .toLocalDate().toString()).setHeader("Expires");
        grid.addColumn(t -> t.lastUsedAt() == null ? "Never" : dateTime(t.lastUsedAt())).setHeader("Last used");
        grid.addComponentColumn(ApiTokensView::statusBadge).setHeader("Status");
        grid.addComponentColumn(this::revokeButton).setHeader("Revoke");
    }

    private static StatusBadge statusBadge(ApiToken token) {
        String status = token.status(OffsetDateTime.now());
        return new StatusBadge(token.isRevoked() ? status + " " + dateTime(token.revokedAt()) : status,
                status.equals("Active") ? Tone.SUCCESS : Tone.ERROR);
    }

    private Button revokeButton(ApiToken token) {
        Button button = new Button("Revoke");
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        button.setEnabled(!token.isRevoked());
        button.setAriaLabel("Revoke " + token.name());
        button.addClickListener(e -> confirmRevoke(token));
        return button;
    }

    ConfirmDialog confirmRevoke(ApiToken token) {
        ConfirmDialog dialog = new ConfirmDialog("Revoke \"" + token.name() + "\"?",
                "Scripts that use this token are refused from their next request on. This cannot be undone.",
                "Revoke", e -> revoke(token));
        dialog.setConfirmButtonTheme("error primary");
        dialog.setCancelable(true);
        dialog.open();
        return dialog;
    }

    private void revoke(ApiToken token) {
        try {
            tokenService.revoke(token.id());
            Notices.success("Revoked \"" + token.name() + "\".");
        }
        catch (InvalidInputException e) {
            Notices.error(e.getMessage());
        }
        refresh();
    }

    NewApiTokenDialog openNewTokenDialog() {
        NewApiTokenDialog dialog = new NewApiTokenDialog();
        dialog.openSaving(tokenService::create, created -> {
            refresh();
            new ApiTokenSecretDialog(created).open();
        });
        return dialog;
    }

    @Override
    protected void refresh() {
        grid.setItems(tokenService.tokensOfMyTenant());
    }

    private static String dateTime(OffsetDateTime at) {
        return Timestamps.dateTime(at);
    }

}
