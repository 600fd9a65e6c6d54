package com.payerlink.api.web;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import com.payerlink.core.tenancy.TenantRows;
import com.payerlink.account.domain.AccountSummary;
import com.payerlink.account.domain.AccountDetails;
import com.payerlink.core.security.Role;
import com.payerlink.account.domain.AccountId;
import com.payerlink.account.domain.AccountQuery;
import com.payerlink.account.domain.AccountService;
import com.payerlink.account.domain.AccountsByAwsId;
import com.payerlink.account.domain.AccountTemplates;
import com.payerlink.account.domain.AccountSort;
import com.payerlink.account.domain.AccountState;
import com.payerlink.account.domain.ConnectionMethod;
import com.payerlink.account.domain.CustomerAccount;
import com.payerlink.account.domain.Partition;
import com.payerlink.account.domain.QuickCreateLink;
import com.payerlink.api.domain.AccountUpdate;
import com.payerlink.api.domain.AccountUpdateService;
import com.payerlink.core.ConcurrentChangeException;
import com.payerlink.core.InvalidInputException;
import com.payerlink.verification.domain.VerificationService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

/** The tenant's customer accounts, through the same service, checks and messages as the portal's views. */
@RestController
@RequestMapping(path = "/api/v1/accounts", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Accounts", description = "Customer AWS accounts and their connection wizard")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class AccountsController {

    private static final String PATH = "/api/v1/accounts/{id}";

    private static final String SORT_KEYS = Arrays.stream(AccountSort.values()).map(AccountSort::key)
        .collect(Collectors.joining(", "));

    private final AccountService accounts;

    private final AccountsByAwsId byAwsId;

    private final AccountTemplates templates;

    private final AccountUpdateService updates;

    private final VerificationService verification;

    @TokenScope(Role.VIEWER)
    @GetMapping
    @Operation(summary = "List accounts", description = "Filtered and sorted like the portal's grid, a page at a time.")
    @ApiResponse(responseCode = "200", description = "A page of accounts")
    @ApiResponse(responseCode = "400", description = "A filter, page, size or sort is not valid")
    PageResponse<AccountSummaryResponse> list(
            @Parameter(description = "DRAFT, IN_PROGRESS, AWAITING_VERIFICATION, VERIFYING, VERIFICATION_FAILED, AWAITING_SUPPORT, PROCESSING, READY, DISCONNECTED")
            @RequestParam(required = false) String state,
            @Parameter(description = "Wizard step, 1 to 6") @RequestParam(required = false) Integer step,
            @Parameter(description = "DIRECT_MANAGEMENT, MSP_SINGLE, MSP_MULTIPLE, MSP_LIMITED") @RequestParam(required = false) String method,
            @Parameter(description = "aws or aws-cn") @RequestParam(required = false) String partition,
            @Parameter(description = "Text in the name, or the start of the account ID") @RequestParam(required = false) String q,
            @Parameter(description = "0-based") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "1 to 500") @RequestParam(defaultValue = "50") int size,
            @Parameter(description = "name, accountId, partition, method, state, step or updated; add ,desc to reverse",
                    example = "name,desc") @RequestParam(defaultValue = "name") String sort) {
        if (step != null && (step < 1 || step > 6)) {
            throw new InvalidInputException("step", "The wizard has steps 1 to 6; " + step + " is none of them.");
        }
        Requests.checkPage(page, size, "accounts");
        AccountQuery query = sorted(AccountQuery.all(), sort)
            .withState(Requests.enumValue("state", state, AccountState.class))
            .withStep(step)
            .withMethod(Requests.enumValue("method", method, ConnectionMethod.class))
            .withPartition(partition == null || partition.isBlank() ? null : Requests.parse("partition", partition, Partition::parse))
            .withSearch(q);
        TenantRows<AccountSummary> matching = accounts.matching(query);
        return PageResponse.of(page, size, matching::page, AccountSummaryResponse::of, matching.count());
    }

    @TokenScope(Role.VIEWER)
    @GetMapping("/{id}")
    @Operation(summary = "Get an account", description = "With its wizard step, state and what the wizard has collected.")
    @ApiResponse(responseCode = "200", description = "The account")
    @ApiResponse(responseCode = "404", description = "No such account in your tenant")
    AccountResponse get(@PathVariable String id) {
        return response(accounts.get(Requests.accountIdOf(id)));
    }

    @TokenScope(Role.OPERATOR)
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Create an account", description = "Wizard steps 1 and 2; the account starts as a draft with its own ExternalId.")
    @ApiResponse(responseCode = "201", description = "Created; Location names the new account")
    @ApiResponse(responseCode = "400", description = "A field is not valid; errors lists it")
    @ApiResponse(responseCode = "403", description = "A Viewer token may not create")
    @ApiResponse(responseCode = "409", description = "The account exists already; Location names it")
    ResponseEntity<AccountResponse> create(@RequestBody CreateAccountRequest request) {
        Partition partition = request.partition() == null || request.partition().isBlank() ? Partition.AWS
                : Requests.parse("partition", request.partition(), Partition::parse);
        AccountDetails details = new AccountDetails(request.accountId(), request.name(),
                Requests.enumValue("method", request.method(), ConnectionMethod.class), emails(request.contactEmails()));
        CustomerAccount created;
        try {
            created = accounts.create(partition, details);
        }
        catch (InvalidInputException e) {
            throw existingOr(e, partition, request.accountId());
        }
        return Responses.created(PATH, created.id(), response(created));
    }

    @TokenScope(Role.OPERATOR)
    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Update an account", description = "Saves the wizard steps in the body together, in order,"
            + " with the wizard's own checks; the first refusal saves nothing. Send the version you read.")
    @ApiResponse(responseCode = "200", description = "The account as saved, with its new version")
    @ApiResponse(responseCode = "400", description = "A field is not valid; errors lists it")
    @ApiResponse(responseCode = "403", description = "A Viewer token may not change")
    @ApiResponse(responseCode = "404", description = "No such account in your tenant")
    @ApiResponse(responseCode = "409",
            description = "Someone changed the account since you read it; currentVersion says its version")
    AccountResponse update(@PathVariable String id, @RequestBody UpdateAccountRequest request) {
        UUID accountId = Requests.accountIdOf(id);
        if (request.version() == null) {
            throw new InvalidInputException("version", "Send the version you read with GET /api/v1/accounts/" + id
                    + ", so that a change someone made meanwhile is not overwritten.");
        }
        AccountUpdate update = new AccountUpdate(request.version(),
                request.partition() == null ? null : Requests.parse("partition", request.partition(), Partition::parse),
                new AccountDetails(request.accountId(), request.name(),
                        Requests.enumValue("method", request.method(), ConnectionMethod.class), emails(request.contactEmails())),
                request.billingAccessConfirmed(),
                request.curSettings() == null ? null : request.curSettings().toSettings(),
                request.stackCreated(),
                request.roleArns() == null ? null : String.join("\n", request.roleArns()));
        try {
            return response(updates.update(accountId, update));
        }
        catch (ConcurrentChangeException e) {
            CustomerAccount current = accounts.get(accountId);
            throw new VersionConflictException(current.name(), request.version(), current.version());
        }
    }

    @TokenScope(Role.VIEWER)
    @GetMapping(path = "/{id}/template", produces = "application/yaml")
    @Operation(summary = "Get the CloudFormation template", description = "The account's template (YAML), for the products and report of its wizard.")
    @ApiResponse(responseCode = "200", description = "The template",
            content = @Content(mediaType = "application/yaml", schema = @Schema(type = "string")))
    @ApiResponse(responseCode = "404", description = "No such account in your tenant")
    String template(@PathVariable String id) {
        return templates.template(Requests.accountIdOf(id));
    }

    @TokenScope(Role.VIEWER)
    @GetMapping("/{id}/quick-create-link")
    @Operation(summary = "Get the quick-create link", description = "The CloudFormation console page that creates the account's stack, with its ExternalId filled in.")
    @ApiResponse(responseCode = "200", description = "The link")
    @ApiResponse(responseCode = "404", description = "No such account in your tenant")
    QuickCreateLinkResponse quickCreateLink(@PathVariable String id) {
        CustomerAccount account = accounts.get(Requests.accountIdOf(id));
        return new QuickCreateLinkResponse(templates.quickCreateLink(account).toString(),
                QuickCreateLink.stackNameFor(account.accountId()), account.externalId().value(),
                account.partition().id(), account.partition().homeRegion().value());
    }

    @TokenScope(Role.VIEWER)
    @GetMapping("/{id}/history")
    @Operation(summary = "Get an account's history", description = "Every recorded change, newest first.")
    @ApiResponse(responseCode = "200", description = "The history")
    @ApiResponse(responseCode = "404", description = "No such account in your tenant")
    List<HistoryEntryResponse> history(@PathVariable String id) {
        return accounts.history(Requests.accountIdOf(id)).stream().map(HistoryEntryResponse::of).toList();
    }

    private static AccountQuery sorted(AccountQuery query, String sort) {
        String[] parts = sort.split(",", -1);
        String direction = parts.length > 1 ? parts[1].strip().toLowerCase(Locale.ROOT) : "asc";
        AccountSort column = AccountSort.byKey(parts[0].strip()).orElseThrow(() -> new InvalidInputException("sort",
                "Accounts cannot be sorted by \"" + parts[0] + "\"; sort by one of " + SORT_KEYS + ", e.g. sort=name,desc."));
        if (parts.length > 2 || !(direction.equals("asc") || direction.equals("desc"))) {
            throw new InvalidInputException("sort", "Write the sort as column,direction with direction asc or desc,"
                    + " e.g. sort=name,desc.");
        }
        return query.sortedBy(column, direction.equals("desc"));
    }

    /** The create's refusal, unless it was refused because the account exists: then a 409 that says where. */
    private RuntimeException existingOr(InvalidInputException e, Partition partition, String rawAccountId) {
        if (!"accountId".equals(e.field())) {
            return e;
        }
        AccountId accountId;
        try {
            accountId = AccountId.parseAsShown(rawAccountId);
        }
        catch (InvalidInputException notAnId) {
            return e;
        }
        return byAwsId.idOf(partition, accountId)
            .<RuntimeException>map(existing -> new AccountExistsException(accountId.value(), partition.id(), Responses.location(PATH, existing)))
            .orElse(e);
    }

    private AccountResponse response(CustomerAccount account) {
        return AccountResponse.of(account, verification.latestRun(account.id()));
    }

    private static String emails(List<String> contactEmails) {
        return contactEmails == null ? null : String.join(",", contactEmails);
    }

}
