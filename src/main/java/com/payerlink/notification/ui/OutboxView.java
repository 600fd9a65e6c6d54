package com.payerlink.notification.ui;

import com.payerlink.core.ui.Timestamps;
import com.payerlink.core.ui.StatusBadge;
import com.payerlink.core.InvalidInputException;
import com.payerlink.core.security.Roles;
import com.payerlink.core.ui.MainLayout;
import com.payerlink.core.ui.Notices;
import com.payerlink.notification.domain.OutboxMessage;
import com.payerlink.notification.domain.OutboxService;
import com.payerlink.notification.domain.OutboxStatus;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.time.Duration;
import java.time.OffsetDateTime;

/**
 * The org admin's view of the tenant's e-mails: queued, sent, failed (with the error), and the text
 * of each. Without SMTP configured, mails stay queued here.
 */
@Route(value = "outbox", layout = MainLayout.class)
@PageTitle("Outbox · Payerlink")
@Menu(order = 90, title = "Outbox", icon = "vaadin:envelopes-o")
@RolesAllowed(Roles.ORG_ADMIN)
public class OutboxView extends VerticalLayout {

    /** A queued mail older than this, with a mail server configured, means mail is stalled. */
    static final Duration STALLED_AFTER = Duration.ofMinutes(15);

    private final transient OutboxService outboxService;

    private final Select<OutboxStatus> status = new Select<>();

    private final Grid<OutboxMessage> grid = new Grid<>(OutboxMessage.class, false);

    private final CallbackDataProvider<OutboxMessage, Void> messages;

    public OutboxView(OutboxService outboxService) {
        this.outboxService = outboxService;
        this.messages = new CallbackDataProvider<>(
                q -> outboxService.messages(status.getValue()).page(q.getOffset(), q.getLimit()).stream(),
                q -> outboxService.messages(status.getValue()).count(), OutboxMessage::id);
        setSizeFull();
        status.setLabel("Status");
        status.setItems(OutboxStatus.values());
        status.setItemLabelGenerator(s -> s == null ? "Any" : s.label());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption("Any");
        status.addValueChangeListener(e -> messages.refreshAll());
        HorizontalLayout header = new HorizontalLayout(new H2("E-mail outbox"), status);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(header);
        outboxService.deliveryProblem(STALLED_AFTER).ifPresent(problem -> {
            Paragraph warning = new Paragraph(problem);
            warning.addClassName("outbox-warning");
            warning.getElement().setAttribute("role", "alert");
            warning.getStyle().set("color", "var(--lumo-error-text-color)").set("font-weight", "600");
            add(warning);
        });
        add(new Paragraph("Every e-mail the portal sends for your organisation. Failed attempts are retried "
                + "with growing pauses; a mail that still fails shows the error, and you can send it again."), createGrid());
        // times were first shown in the server's zone; show them again in the browser's
        Timestamps.refreshWhenZoneKnown(this, messages::refreshAll);
    }

    private Grid<OutboxMessage> createGrid() {
        grid.addComponentColumn(OutboxView::statusBadge).setHeader("Status").setAutoWidth(true).setFlexGrow(0);
        // whom and what in full; the error column (mostly empty) takes what is left
        grid.addColumn(OutboxMessage::recipient).setHeader("To").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(OutboxMessage::subject).setHeader("Subject").setAutoWidth(true).setFlexGrow(3)
            .setTooltipGenerator(OutboxMessage::subject);
        grid.addColumn(m -> when(m.createdAt())).setHeader("Queued").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(m -> m.status() == OutboxStatus.SENT ? when(m.sentAt())
                : m.status() == OutboxStatus.QUEUED ? "next try " + when(m.nextAttemptAt()) : "")
            .setHeader("Sent").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(OutboxMessage::attempts).setHeader("Attempts").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(m -> m.lastError() == null ? "" : m.lastError()).setHeader("Error").setFlexGrow(1)
            .setTooltipGenerator(m -> m.lastError() == null ? "" : m.lastError());
        grid.addComponentColumn(this::retryButton).setHeader("").setAutoWidth(true).setFlexGrow(0);
        grid.setItemDetailsRenderer(new ComponentRenderer<>(m -> {
            Pre text = new Pre(m.textBody());
            text.addClassName("mail-text");
            return text;
        }));
        grid.setItems(messages);
        grid.setEmptyStateText("No e-mails yet. Invitations, ticket updates and \"dashboards ready\" notices appear here.");
        grid.setSizeFull();
        return grid;
    }

    private Span retryButton(OutboxMessage m) {
        Span cell = new Span();
        if (m.status() == OutboxStatus.FAILED) {
            Button retry = new Button("Send again", e -> {
                try {
                    outboxService.retry(m.id());
                    Notices.success("Queued again: " + m.subject());
                    messages.refreshAll();
                }
                catch (InvalidInputException ex) {
                    Notices.error(ex.getMessage());
                }
            });
            retry.addThemeVariants(ButtonVariant.LUMO_SMALL);
            cell.add(retry);
        }
        return cell;
    }

    private static StatusBadge statusBadge(OutboxMessage m) {
        return new StatusBadge(m.status().statusLabel());
    }

    private static String when(OffsetDateTime t) {
        return Timestamps.dateTime(t);
    }

}
