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
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
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
        TicketView asAgent = navigate("tickets/" + ticket.id(), TicketView.class);
        assertThat(asAgent.internal.isVisible()).isTrue();
        asAgent.comment.setValue("Please check the bucket policy for billingreports.amazonaws.com.");
        asAgent.addComment.click();
        asAgent.comment.setValue("Their SCP blocks cur:PutReportDefinition, escalate if no answer.");
        asAgent.internal.setValue(true);
        asAgent.addComment.click();
        assertThat(texts(asAgent.thread)).anyMatch(s -> s.contains("escalate")).anyMatch(s -> s.contains("bucket policy"));

        logout();
        login(adminEmail(t));
        TicketView asAdmin = navigate("tickets/" + ticket.id(), TicketView.class);

        assertThat(texts(asAdmin.thread)).anyMatch(s -> s.contains("bucket policy")).noneMatch(s -> s.contains("escalate"));
        assertThat(asAdmin.internal.isVisible()).isFalse();
    }

    @Test
    void agents_see_every_tenants_tickets_and_search_by_tenant() {
        Tenant a = newTenant();
        Tenant b = newTenant();
        open(a, "From A");
        Ticket ofB = open(b, "From B");
        login(newSupportAgent().email());

        TicketsView view = navigate("tickets", TicketsView.class);
        view.search.setValue(b.name());
        assertThat(_findAll(view.grid)).extracting(TicketSummary::id).containsExactly(ofB.id());
        assertThat(view.newTicket.isAttached()).isFalse();
    }

    @Test
    void tenant_users_see_only_their_own_tickets_and_filter_them_by_status() {
        Tenant a = newTenant();
        Tenant b = newTenant();
        Ticket ofA = open(a, "From A");
        open(b, "From B");
        login(adminEmail(a));
        TicketsView own = navigate("tickets", TicketsView.class);
        assertThat(_findAll(own.grid)).extracting(TicketSummary::id).containsExactly(ofA.id());
        own.status.setValue(TicketStatus.CLOSED);
        assertThat(_findAll(own.grid)).isEmpty();
    }

    @Test
    void the_agent_resolves_from_the_ticket_view_and_the_status_buttons_follow_the_flow() {
        Tenant t = newTenant();
        Ticket ticket = open(t, "Enable accounts");
        login(newSupportAgent().email());
        TicketView view = navigate("tickets/" + ticket.id(), TicketView.class);

        _get(view.statusActions, Button.class, spec -> spec.withText("Start work")).click();
        assertThat(view.status.getText()).isEqualTo("In progress");
        _get(view.statusActions, Button.class, spec -> spec.withText("Resolve")).click();

        assertThat(view.status.getText()).isEqualTo("Resolved");
        assertThat(_find(view.statusActions, Button.class)).extracting(Button::getText).containsExactlyInAnyOrder("Reopen", "Close");
        assertThat(texts(view.thread)).anyMatch(s -> s.contains("In progress → Resolved"));
    }

    private Ticket open(Tenant t, String subject) {
        return signedInAs(adminEmail(t), () -> tickets.create(new TicketForm(subject, "", TicketPriority.NORMAL), List.of()));
    }

    private static <T extends Component> T navigate(String path, Class<T> type) {
        UI.getCurrent().navigate(path);
        return type.cast(UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0));
    }

    private static List<String> texts(Component root) {
        return root.getChildren().map(c -> c.getElement().getTextRecursively()).toList();
    }

}
