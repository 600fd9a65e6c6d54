package com.payerlink.dashboard.ui;

import com.payerlink.account.domain.AccountState;
import com.payerlink.core.InvalidInputException;
import com.payerlink.core.Tone;
import com.payerlink.core.security.Roles;
import com.payerlink.core.ui.MainLayout;
import com.payerlink.core.ui.Notices;
import com.payerlink.core.ui.StatusBadge;
import com.payerlink.core.ui.Timestamps;
import com.payerlink.core.ui.ViewHeader;
import com.payerlink.dashboard.domain.TenantDetail;
import com.payerlink.dashboard.domain.TenantDetail.TenantUser;
import com.payerlink.dashboard.domain.TenantDetailService;
import com.payerlink.notification.domain.MailBacklog;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

import java.util.UUID;

/** A platform admin's page of one tenant: its users (last sign-in, sign-in pauses), accounts, mail and jobs. */
@Route(value = "tenants/:tenantId", layout = MainLayout.class)
@PageTitle("Tenant · Payerlink")
@RolesAllowed(Roles.PLATFORM_ADMIN)
public class TenantDetailView extends VerticalLayout implements BeforeEnterObserver {

    private final transient TenantDetailService service;

    private final Grid<TenantUser> users = new Grid<>();

    private UUID tenantId = new UUID(0, 0);

    public TenantDetailView(TenantDetailService service) {
        this.service = service;
        setWidthFull();
        createUsersGrid();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            tenantId = UUID.fromString(event.getRouteParameters().get("tenantId").orElse(""));
            show(service.detail(tenantId));
        }
        catch (IllegalArgumentException | InvalidInputException e) {
            removeAll();
            add(new ViewHeader("Tenant"), new Paragraph("There is no such tenant."), new Anchor("tenants", "Back to Tenants"));
        }
    }

    private void show(TenantDetail detail) {
        removeAll();
        add(new ViewHeader(detail.tenant().name()),
                new Paragraph("Ticket code " + detail.tenant().code() + " · created "
                        + Timestamps.date(detail.tenant().createdAt()) + " · " + detail.users().size() + " users"),
                new H3("Accounts"), accounts(detail), new H3("Mail"), mail(detail.mail()), new H3("Jobs"), jobs(detail),
                new H3("Users"), users);
        users.setItems(detail.users());
    }

    private static Component accounts(TenantDetail detail) {
        FlexLayout badges = new FlexLayout();
        badges.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        badges.getStyle().set("gap", "var(--lumo-space-s)");
        badges.add(new StatusBadge("Total " + detail.accounts().total(), Tone.NEUTRAL));
        for (AccountState state : AccountState.values()) {
            long n = detail.accounts().in(state);
            if (n > 0) {
                badges.add(new StatusBadge(state.label() + " " + n, state.tone()));
            }
        }
        return badges;
    }

    private static Component mail(@Nullable MailBacklog mail) {
        if (mail == null) {
            return new StatusBadge("No mail waiting", Tone.SUCCESS);
        }
        Tone tone = mail.overdue() > 0 || mail.failed() > 0 ? Tone.ERROR : Tone.INFO;
        return new StatusBadge(mail.queued() + " queued · " + mail.overdue() + " overdue · " + mail.failed() + " failed", tone);
    }

    private static Component jobs(TenantDetail detail) {
        if (detail.failingJobs().isEmpty()) {
            return new StatusBadge("No job failing", Tone.SUCCESS);
        }
        VerticalLayout list = new VerticalLayout();
        list.setPadding(false);
        list.setSpacing(false);
        list.add(new Paragraph("Failing on the platform (jobs are not told apart by tenant):"));
        detail.failingJobs().forEach(j -> list.add(new StatusBadge(j.task() + ": " + j.instances() + " failing, up to "
                + j.mostInARow() + " times in a row", Tone.ERROR)));
        return list;
    }

    private void createUsersGrid() {
        users.addColumn(u -> u.user().displayName()).setHeader("Name").setFlexGrow(2);
        users.addColumn(u -> u.user().email()).setHeader("E-mail").setFlexGrow(2);
        users.addColumn(u -> u.user().role().label()).setHeader("Role");
        users.addComponentColumn(u -> new StatusBadge(u.user().status(), u.user().enabled() ? Tone.SUCCESS : Tone.ERROR))
            .setHeader("Status");
        users.addColumn(u -> u.lastSignIn() == null ? "Never" : Timestamps.age(u.lastSignIn())).setHeader("Last sign-in");
        users.addComponentColumn(TenantDetailView::signIn).setHeader("Sign-in").setAutoWidth(true).setFlexGrow(0);
        users.addComponentColumn(this::linkButton).setHeader("").setAutoWidth(true).setFlexGrow(0);
        users.setAllRowsVisible(true);
        users.setEmptyStateText("No users.");
    }

    private static Component signIn(TenantUser u) {
        if (u.signIn() == null) {
            return new StatusBadge("Normal", Tone.NEUTRAL);
        }
        if (u.signIn().pausedUntil() != null) {
            return new StatusBadge("Paused until " + Timestamps.dateTime(u.signIn().pausedUntil()), Tone.ERROR);
        }
        return new StatusBadge(u.signIn().attempts() + " recent attempts", Tone.WARNING);
    }

    private Button linkButton(TenantUser u) {
        Button button = new Button("Send password link");
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        button.setAriaLabel("Send " + u.user().email() + " a set-your-password link");
        button.setEnabled(u.user().enabled());
        button.addClickListener(e -> Notices.attempt(() -> service.sendSetPasswordLink(tenantId, u.user().id()),
                "Sent " + u.user().email() + " a link to set their password."));
        return button;
    }

}
