package com.payerlink.support.ui;

import com.payerlink.TestAccounts;
import com.payerlink.account.domain.AccountService;
import com.payerlink.account.domain.AccountSummary;
import com.payerlink.account.domain.ConnectionMethod;
import com.payerlink.account.domain.CustomerAccount;
import com.payerlink.core.security.Role;
import com.payerlink.core.ui.KaribuTest;
import com.payerlink.support.domain.Ticket;
import com.payerlink.support.domain.TicketForm;
import com.payerlink.support.domain.TicketPriority;
import com.payerlink.support.domain.TicketService;
import com.payerlink.support.domain.TicketStatus;
import com.payerlink.support.domain.TicketSummary;
import com.payerlink.tenant.domain.Tenant;
import com.payerlink.tenant.domain.UserAccount;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class TicketViewsTest extends KaribuTest {

    @Autowired
    TicketService tickets;

    @Autowired
    AccountService accounts;

    @Test
    void an_agent_answers_publicly_and_internally_and_the_org_admin_sees_only_the_public_answer() {
        Tenant t = newTenant();
        UserAccount agent = newSupportAgent();
        Ticket ticket = open(t, "CUR not delivered");

        login(agent.email());
        navigate("tickets/" + ticket.id(), TicketView.class);
        comment().setValue("Please check the bucket policy for billingreports.amazonaws.com.");
        addComment().click();
        comment().setValue("Their SCP blocks cur:PutReportDefinition, escalate if no answer.");
        internal().setValue(true);
        addComment().click();
        assertThat(texts(thread())).anyMatch(s -> s.contains("escalate")).anyMatch(s -> s.contains("bucket policy"));

        logout();
        login(adminEmail(t));
        navigate("tickets/" + ticket.id(), TicketView.class);

        assertThat(texts(thread())).anyMatch(s -> s.contains("bucket policy")).noneMatch(s -> s.contains("escalate"));
        _assertNone(Checkbox.class, spec -> spec.withLabel(INTERNAL));
    }

    @Test
    void a_ticket_link_with_a_wrong_id_or_of_another_tenant_says_not_found_with_a_way_back() {
        Tenant mine = newTenant();
        Ticket theirs = open(newTenant(), "Zeta's secret bucket");
        login(adminEmail(mine));

        for (String path : List.of("tickets/not-a-ticket", "tickets/" + theirs.id())) {
            TicketView view = navigate(path, TicketView.class);

            assertThat(view.getElement().getTextRecursively()).contains("Ticket not found", "Back to all tickets")
                .doesNotContain("Zeta");
            _get(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withText("Back to all tickets"));
        }
    }

    @Test
    void agents_see_every_tenants_tickets_and_search_by_tenant() {
        Tenant a = newTenant();
        Tenant b = newTenant();
        open(a, "From A");
        Ticket ofB = open(b, "From B");
        login(newSupportAgent().email());

        navigate("tickets", TicketsView.class);
        _get(TextField.class, spec -> spec.withLabel("Search")).setValue(b.name());
        assertThat(_findAll(ticketsGrid())).extracting(TicketSummary::id).containsExactly(ofB.id());
        _assertNone(Button.class, spec -> spec.withText("New ticket"));
    }

    @Test
    void tenant_users_see_only_their_own_tickets_and_filter_them_by_status() {
        Tenant a = newTenant();
        Tenant b = newTenant();
        Ticket ofA = open(a, "From A");
        open(b, "From B");
        login(adminEmail(a));
        navigate("tickets", TicketsView.class);
        assertThat(_findAll(ticketsGrid())).extracting(TicketSummary::id).containsExactly(ofA.id());
        statusFilter().setValue(TicketStatus.CLOSED);
        assertThat(_findAll(ticketsGrid())).isEmpty();
    }

    @Test
    void the_agent_resolves_from_the_ticket_view_and_the_status_buttons_follow_the_flow() {
        Tenant t = newTenant();
        Ticket ticket = open(t, "Enable accounts");
        login(newSupportAgent().email());
        navigate("tickets/" + ticket.id(), TicketView.class);

        _get(statusActions(), Button.class, spec -> spec.withText("Start work")).click();
        assertThat(status().getText()).isEqualTo("In progress");
        _get(statusActions(), Button.class, spec -> spec.withText("Resolve")).click();

        assertThat(status().getText()).isEqualTo("Resolved");
        assertThat(_find(statusActions(), Button.class)).extracting(Button::getText).containsExactlyInAnyOrder("Reopen", "Close ticket");
        assertThat(texts(thread())).anyMatch(s -> s.contains("In progress → Resolved"));
    }

    private Ticket open(Tenant t, String subject) {
        return signedInAs(adminEmail(t), () -> tickets.create(new TicketForm(subject, "", TicketPriority.NORMAL), List.of()));
    }

    private static <T extends Component> T navigate(String path, Class<T> type) {
        UI.getCurrent().navigate(path);
        return type.cast(UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0));
    }

    private static final String INTERNAL = "Internal: only support agents see it";

    private static TextArea comment() {
        return _get(TextArea.class, spec -> spec.withLabel("Comment"));
    }

    private static Checkbox internal() {
        return _get(Checkbox.class, spec -> spec.withLabel(INTERNAL));
    }

    private static Button addComment() {
        return _get(Button.class, spec -> spec.withText("Add comment"));
    }

    private static VerticalLayout thread() {
        return _get(VerticalLayout.class, spec -> spec.withClasses("ticket-thread"));
    }

    private static HorizontalLayout statusActions() {
        return _get(HorizontalLayout.class, spec -> spec.withId("ticket-status-actions"));
    }

    private static Span status() {
        return _get(Span.class, spec -> spec.withId("ticket-status"));
    }

    @SuppressWarnings("unchecked")
    private static Grid<TicketSummary> ticketsGrid() {
        return _get(Grid.class);
    }

    @SuppressWarnings("unchecked")
    private static Select<TicketStatus> statusFilter() {
        return _get(Select.class, spec -> spec.withLabel("Status"));
    }

    private static List<String> texts(Component root) {
        return root.getChildren().map(c -> c.getElement().getTextRecursively()).toList();
    }

}
