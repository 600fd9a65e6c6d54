package com.payerlink.webhook.ui;

import com.payerlink.core.ConcurrentChangeException;
import com.payerlink.core.InvalidInputException;
import com.payerlink.core.security.Roles;
import com.payerlink.core.ui.MainLayout;
import com.payerlink.core.ui.Notices;
import com.payerlink.core.ui.SettingSwitch;
import com.payerlink.core.ui.StatusBadge;
import com.payerlink.core.ui.Timestamps;
import com.payerlink.core.ui.TitledSection;
import com.payerlink.notification.domain.DigestService;
import com.payerlink.webhook.domain.Webhook;
import com.payerlink.webhook.domain.WebhookDelivery;
import com.payerlink.webhook.domain.WebhookService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

import java.util.stream.Collectors;

/**
 * The org admin's notifications: the tenant's webhooks (add, change, remove, send a test event) with the delivery
 * log of the chosen one, and the user's own daily digest switch.
 */
@Route(value = "notifications", layout = MainLayout.class)
@PageTitle("Notifications · Payerlink")
@Menu(order = 85, title = "Notifications", icon = "vaadin:bell-o")
@RolesAllowed(Roles.ORG_ADMIN)
public class NotificationsView extends VerticalLayout {

    private final transient WebhookService webhooks;

    final Checkbox digest = new Checkbox("Send me the daily digest (new failures, stuck accounts, degraded health)");

    final Grid<Webhook> grid = new Grid<>(Webhook.class, false);

    final DeliveryLog log;

    public NotificationsView(WebhookService webhooks, DigestService digests) {
        this.webhooks = webhooks;
        this.log = new DeliveryLog(webhooks);
        setSizeFull();
        digest.setId("daily-digest");
        SettingSwitch.bind(digest, digests.receivesDigest(), digests::setReceivesDigest,
                "You get the daily digest again.", "You no longer get the daily digest.");
        Button add = new Button("Add webhook", e -> openDialog(null));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("add-webhook");
        configureGrid();
        add(new H2("Notifications"), digest,
                new HorizontalLayout(new H3("Webhooks"), add),
                new Paragraph("Each webhook gets the events it subscribes to as signed JSON (README: Webhooks). Failed"
                        + " deliveries are retried with growing pauses; the log below shows every attempt's answer."),
                grid, log);
        refresh();
    }

    private void configureGrid() {
        grid.addColumn(Webhook::url).setHeader("URL").setFlexGrow(3).setTooltipGenerator(Webhook::url);
        grid.addColumn(NotificationsView::events).setHeader("Events").setFlexGrow(3)
            .setTooltipGenerator(NotificationsView::events);
        grid.addComponentColumn(w -> new StatusBadge(w.enabled() ? "On" : "Off",
                w.enabled() ? com.payerlink.core.Tone.SUCCESS : com.payerlink.core.Tone.NEUTRAL))
            .setHeader("Status").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::actions).setHeader("").setAutoWidth(true).setFlexGrow(0);
        grid.setItemDetailsRenderer(new com.vaadin.flow.data.renderer.ComponentRenderer<>(
                w -> new Span("Signing secret: " + w.secret())));
        grid.setEmptyStateText("No webhooks yet. Add one to have account, ticket and import events sent to your systems.");
        grid.addSelectionListener(e -> log.show(e.getFirstSelectedItem().orElse(null)));
        grid.setAllRowsVisible(true);
    }

    private static String events(Webhook w) {
        return w.events().stream().map(t -> t.type()).sorted().collect(Collectors.joining(", "));
    }

    private HorizontalLayout actions(Webhook w) {
        Button test = new Button("Send test event", e -> sendTest(w));
        Button change = new Button("Change", e -> openDialog(w));
        Button remove = new Button("Remove", e -> remove(w));
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        for (Button b : new Button[] {test, change, remove}) {
            b.addThemeVariants(ButtonVariant.LUMO_SMALL);
        }
        return new HorizontalLayout(test, change, remove);
    }

    WebhookDialog openDialog(@Nullable Webhook existing) {
        WebhookDialog dialog = new WebhookDialog(existing);
        dialog.openSaving(input -> existing == null ? webhooks.create(input)
                : webhooks.update(existing.id(), existing.version(), input), saved -> {
                    refresh();
                    grid.select(saved);
                    Notices.success((existing == null ? "Added " : "Saved ") + saved.url()
                            + ". Its signing secret is in the row's details.");
                });
        return dialog;
    }

    void sendTest(Webhook w) {
        try {
            WebhookDelivery d = webhooks.sendTest(w.id());
            if (d.lastStatusCode() != null && d.lastStatusCode() / 100 == 2) {
                Notices.success("The test event was delivered: " + w.url() + " answered " + d.lastStatusCode() + ".");
            }
            else {
                Notices.error("The test event was not delivered (" + d.lastError() + "). It is retried like any"
                        + " delivery; fix the receiver and see the log below.");
            }
            grid.select(w);
            log.show(w);
        }
        catch (InvalidInputException e) {
            Notices.error(e.getMessage());
        }
    }

    private void remove(Webhook w) {
        try {
            webhooks.delete(w.id(), w.version());
            Notices.success("Removed " + w.url() + " with its delivery log.");
        }
        catch (InvalidInputException | ConcurrentChangeException e) {
            Notices.error(e.getMessage());
        }
        refresh();
    }

    private void refresh() {
        grid.setItems(webhooks.list());
        log.show(null);
    }

    /** The chosen webhook's deliveries, newest first, with each one's last answer. */
    static class DeliveryLog extends TitledSection {

        private final transient WebhookService webhooks;

        final Grid<WebhookDelivery> deliveries = new Grid<>(WebhookDelivery.class, false);

        DeliveryLog(WebhookService webhooks) {
            super("Delivery log", "delivery-log");
            this.webhooks = webhooks;
            deliveries.addColumn(d -> Timestamps.dateTime(d.createdAt())).setHeader("Queued").setAutoWidth(true);
            deliveries.addColumn(WebhookDelivery::eventType).setHeader("Event").setAutoWidth(true);
            deliveries.addComponentColumn(d -> new StatusBadge(d.status().statusLabel())).setHeader("Status")
                .setAutoWidth(true);
            deliveries.addColumn(WebhookDelivery::attempts).setHeader("Attempts").setAutoWidth(true);
            deliveries.addColumn(d -> d.lastStatusCode() == null ? "–" : d.lastStatusCode().toString())
                .setHeader("Response").setAutoWidth(true);
            deliveries.addColumn(d -> d.lastError() == null ? "" : d.lastError()).setHeader("Error").setFlexGrow(2)
                .setTooltipGenerator(d -> d.lastError() == null ? "" : d.lastError());
            deliveries.setEmptyStateText("No deliveries yet.");
            add(deliveries);
            setVisible(false);
        }

        void show(@Nullable Webhook w) {
            setVisible(w != null);
            if (w != null) {
                setTitle("Delivery log of " + w.url());
                deliveries.setItems(q -> webhooks.deliveries(w.id()).page(q.getOffset(), q.getLimit()).stream(),
                        q -> webhooks.deliveries(w.id()).count());
            }
        }

    }

}
