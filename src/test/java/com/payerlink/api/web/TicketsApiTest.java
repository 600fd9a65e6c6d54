package com.payerlink.api.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.payerlink.account.domain.CustomerAccount;
import com.payerlink.account.domain.Partition;
import com.payerlink.core.security.Role;
import com.payerlink.support.domain.Ticket;
import com.payerlink.support.domain.TicketForm;
import com.payerlink.support.domain.TicketPriority;
import com.payerlink.support.domain.TicketService;
import com.payerlink.tenant.domain.Tenant;
import com.payerlink.tenant.domain.UserAccount;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Tickets over real HTTP: open, list, read with the public thread only; tenants apart. */
class TicketsApiTest extends ApiTest {

    // the requester must be a user of the token's tenant
    private static String requester(Tenant t) {
        return "\"requesterEmail\": \"" + adminEmail(t) + "\"";
    }

    @Autowired
    TicketService ticketService;

    @Test
    void opening_a_ticket_answers_201_with_its_location_and_it_reads_back_with_its_accounts() {
        Tenant t = newTenant();
        CustomerAccount acme = account(t, Partition.AWS, "012345678901", "Acme");
        String token = token(t, Role.OPERATOR);

        HttpResponse<String> created = api.post(token, "/api/v1/tickets", """
                {"subject": "Enable Acme", "description": "Please enable it.", "priority": "high",
                 "accountIds": ["%s"], "requesterEmail": "%s"}""".formatted(acme.id(), adminEmail(t).toUpperCase(java.util.Locale.ROOT)));

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode ticket = api.json(created);
        String location = created.headers().firstValue("Location").orElseThrow();
        assertThat(location).endsWith("/api/v1/tickets/" + ticket.get("id").asText());
        assertThat(ticket.get("status").asText()).isEqualTo("OPEN");
        assertThat(ticket.get("priority").asText()).isEqualTo("HIGH");
        assertThat(ticket.get("reference").asText()).startsWith(t.code() + "-");
        assertThat(ticket.get("requesterEmail").asText()).isEqualTo(adminEmail(t));
        JsonNode read = api.json(api.get(token(t, Role.VIEWER), "/api/v1/tickets/" + ticket.get("id").asText()));
        assertThat(read.get("subject").asText()).isEqualTo("Enable Acme");
        assertThat(read.get("description").asText()).isEqualTo("Please enable it.");
        assertThat(read.at("/accounts/0/id").asText()).isEqualTo(acme.id().toString());
        assertThat(read.at("/accounts/0/accountId").asText()).isEqualTo("012345678901");
    }

    @Test
    void the_thread_shows_support_public_answers_but_never_its_internal_notes() {
        Tenant t = newTenant();
        Ticket ticket = as(t, Role.ORG_ADMIN, () -> ticketService.create(new TicketForm("Bucket", "", TicketPriority.NORMAL), List.of()));
        UserAccount agent = newSupportAgent();
        signedInAs(agent.email(), () -> ticketService.comment(ticket.id(), "We are on it", false));
        signedInAs(agent.email(), () -> ticketService.comment(ticket.id(), "Their bucket policy is wrong", true));

        JsonNode read = api.json(api.get(token(t, Role.VIEWER), "/api/v1/tickets/" + ticket.id()));

        List<String> bodies = new ArrayList<>();
        read.get("comments").forEach(c -> bodies.add(c.get("body").asText()));
        assertThat(bodies).contains("We are on it").doesNotContain("Their bucket policy is wrong");
        assertThat(api.get(token(t, Role.VIEWER), "/api/v1/tickets/" + ticket.id()).body()).doesNotContain("bucket policy");
    }

    @Test
    void listing_filters_by_status_priority_and_text_and_pages() {
        Tenant t = newTenant();
        as(t, Role.ORG_ADMIN, () -> ticketService.create(new TicketForm("Enable Acme", "", TicketPriority.URGENT), List.of()));
        as(t, Role.ORG_ADMIN, () -> ticketService.create(new TicketForm("Question about invoices", "", TicketPriority.LOW), List.of()));
        as(t, Role.ORG_ADMIN, () -> ticketService.draft(List.of(account(t, Partition.AWS, "111111111111", "Globex").id())));
        String token = token(t, Role.VIEWER);

        JsonNode all = api.json(api.get(token, "/api/v1/tickets"));
        assertThat(all.get("total").asInt()).isEqualTo(3);
        assertThat(subjects(api.json(api.get(token, "/api/v1/tickets?priority=urgent")))).containsExactly("Enable Acme");
        assertThat(subjects(api.json(api.get(token, "/api/v1/tickets?status=DRAFT")))).containsExactly("About account Globex");
        assertThat(subjects(api.json(api.get(token, "/api/v1/tickets?q=invoice")))).containsExactly("Question about invoices");
        JsonNode second = api.json(api.get(token, "/api/v1/tickets?page=1&size=2"));
        assertThat(second.get("items").size()).isEqualTo(1);
        assertThat(second.get("total").asInt()).isEqualTo(3);
        assertThat(problem(api.get(token, "/api/v1/tickets?status=PENDING"), 400).at("/errors/0/field").asText()).isEqualTo("status");
        assertThat(problem(api.get(token, "/api/v1/tickets?size=0"), 400).at("/errors/0/field").asText()).isEqualTo("size");
    }

    @Test
    void a_ticket_without_subject_or_about_another_tenants_account_is_refused_naming_the_field() {
        Tenant northwind = newTenant();
        Tenant contoso = newTenant();
        CustomerAccount theirs = account(northwind, Partition.AWS, "444444444444", "Northwind secret");
        String token = token(contoso, Role.OPERATOR);

        JsonNode noSubject = problem(api.post(token, "/api/v1/tickets", "{\"subject\": \" \", " + requester(contoso) + "}"), 400);
        JsonNode foreign = problem(api.post(token, "/api/v1/tickets",
                "{\"subject\": \"Take over\", \"accountIds\": [\"" + theirs.id() + "\"], " + requester(contoso) + "}"), 400);
        JsonNode priority = problem(api.post(token, "/api/v1/tickets", "{\"subject\": \"S\", \"priority\": \"ASAP\"}"), 400);
        JsonNode noRequester = problem(api.post(token, "/api/v1/tickets", "{\"subject\": \"S\"}"), 400);
        JsonNode badRequester = problem(api.post(token, "/api/v1/tickets", "{\"subject\": \"S\", \"requesterEmail\": \"ops\"}"), 400);

        assertThat(noSubject.at("/errors/0/field").asText()).isEqualTo("subject");
        assertThat(foreign.at("/errors/0/field").asText()).isEqualTo("accountIds");
        assertThat(foreign.get("detail").asText()).doesNotContain("Northwind");
        assertThat(priority.at("/errors/0/field").asText()).isEqualTo("priority");
        assertThat(noRequester.at("/errors/0/field").asText()).isEqualTo("requesterEmail");
        assertThat(badRequester.at("/errors/0/message").asText()).contains("e-mail address");
        assertThat(api.json(api.get(token, "/api/v1/tickets")).get("total").asInt()).isZero();
    }

    @Test
    void another_tenants_ticket_is_not_found_and_a_viewer_may_not_open_one() {
        Tenant northwind = newTenant();
        Tenant contoso = newTenant();
        Ticket theirs = as(northwind, Role.ORG_ADMIN, () -> ticketService.create(new TicketForm("Northwind secret", "", null), List.of()));

        JsonNode notFound = problem(api.get(token(contoso, Role.OPERATOR), "/api/v1/tickets/" + theirs.id()), 404);
        problem(api.get(token(contoso, Role.OPERATOR), "/api/v1/tickets/" + UUID.randomUUID()), 404);
        problem(api.get(token(contoso, Role.OPERATOR), "/api/v1/tickets/NW-1001"), 404);
        assertThat(subjects(api.json(api.get(token(contoso, Role.VIEWER), "/api/v1/tickets")))).isEmpty();
        problem(api.post(token(contoso, Role.VIEWER), "/api/v1/tickets", "{\"subject\": \"Hello\", " + requester(contoso) + "}"), 403);

        assertThat(notFound.get("detail").asText()).doesNotContain("Northwind");
        assertThat(api.json(api.get(token(contoso, Role.OPERATOR), "/api/v1/tickets")).get("total").asInt()).isZero();
    }

    private static List<String> subjects(JsonNode page) {
        List<String> subjects = new ArrayList<>();
        page.get("items").forEach(item -> subjects.add(item.get("subject").asText()));
        return subjects;
    }

}
