package com.payerlink.api.web;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import com.payerlink.account.domain.AccountService;
import com.payerlink.core.security.Role;
import com.payerlink.account.domain.AccountSummary;
import com.payerlink.core.InvalidInputException;
import com.payerlink.support.domain.Ticket;
import com.payerlink.support.domain.TicketForm;
import com.payerlink.support.domain.TicketNotFoundException;
import com.payerlink.support.domain.TicketPriority;
import com.payerlink.support.domain.TicketQuery;
import com.payerlink.support.domain.TicketService;
import com.payerlink.support.domain.TicketStatus;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** The tenant's support tickets: list, open, and read with their public thread. */
@RestController
@RequestMapping(path = "/api/v1/tickets", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Tickets", description = "Support tickets of your tenant")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class TicketsController {

    private final TicketService tickets;

    private final AccountService accounts;

    @TokenScope(Role.VIEWER)
    @GetMapping
    @Operation(summary = "List tickets", description = "Most recently changed first, filtered like the portal's tickets list.")
    @ApiResponse(responseCode = "200", description = "A page of tickets")
    @ApiResponse(responseCode = "400", description = "A filter, page or size is not valid")
    PageResponse<TicketSummaryResponse> list(
            @Parameter(description = "DRAFT, OPEN, IN_PROGRESS, WAITING_ON_CUSTOMER, RESOLVED, CLOSED")
            @RequestParam(required = false) String status,
            @Parameter(description = "LOW, NORMAL, HIGH, URGENT") @RequestParam(required = false) String priority,
            @Parameter(description = "Text in the reference (e.g. NW-1042) or the subject") @RequestParam(required = false) String q,
            @Parameter(description = "0-based") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "1 to 500") @RequestParam(defaultValue = "50") int size) {
        Requests.checkPage(page, size, "tickets");
        TicketQuery query = new TicketQuery(Requests.enumValue("status", status, TicketStatus.class),
                Requests.enumValue("priority", priority, TicketPriority.class), q == null || q.isBlank() ? null : q.strip());
        return PageResponse.of(page, size, (offset, limit) -> tickets.page(query, offset, limit),
                TicketSummaryResponse::of, tickets.count(query));
    }

    @TokenScope(Role.VIEWER)
    @GetMapping("/{id}")
    @Operation(summary = "Get a ticket", description = "With its accounts and its thread of public comments and status changes.")
    @ApiResponse(responseCode = "200", description = "The ticket")
    @ApiResponse(responseCode = "404", description = "No such ticket in your tenant")
    TicketResponse get(@PathVariable String id) {
        return TicketResponse.of(tickets.get(Requests.uuidOf(id).orElseThrow(TicketNotFoundException::new)));
    }

    @TokenScope(Role.OPERATOR)
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Open a ticket", description = "Submitted at once (status OPEN): support sees it, and"
            + " requesterEmail hears of every change by e-mail.")
    @ApiResponse(responseCode = "201", description = "Opened; Location names the ticket")
    @ApiResponse(responseCode = "400",
            description = "A field is not valid, or an account is not your tenant's; errors lists it")
    @ApiResponse(responseCode = "403", description = "A Viewer token may not open tickets")
    ResponseEntity<TicketResponse> create(@RequestBody CreateTicketRequest request) {
        Set<UUID> accountIds = request.accountIds() == null ? Set.of() : new LinkedHashSet<>(request.accountIds());
        requireOwnAccounts(accountIds);
        Ticket ticket = tickets.create(new TicketForm(request.subject(), request.description(),
                Requests.enumValue("priority", request.priority(), TicketPriority.class)), accountIds,
                request.requesterEmail());
        return Responses.created("/api/v1/tickets/{id}", ticket.id(), TicketResponse.of(ticket));
    }

    /** An account id the tenant does not have is refused, not dropped: the ticket would silently be about less. */
    private void requireOwnAccounts(Set<UUID> accountIds) {
        if (accountIds.isEmpty()) {
            return;
        }
        Set<UUID> own = accounts.summaries(accountIds).stream().map(AccountSummary::id).collect(Collectors.toSet());
        List<String> unknown = accountIds.stream().filter(id -> !own.contains(id)).map(UUID::toString).toList();
        if (!unknown.isEmpty()) {
            throw new InvalidInputException("accountIds", "Not among your tenant's accounts: " + String.join(", ", unknown)
                    + ". Send the ids that GET /api/v1/accounts lists (the id, not the AWS account ID).");
        }
    }

}
