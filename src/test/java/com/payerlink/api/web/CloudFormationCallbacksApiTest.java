package com.payerlink.api.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.payerlink.RateLimitWindow;
import com.payerlink.StackCallbackPython;
import com.payerlink.account.ManyAccounts;
import com.payerlink.account.domain.AccountDetails;
import com.payerlink.account.domain.AccountHistoryAction;
import com.payerlink.account.domain.AccountState;
import com.payerlink.account.domain.AccountTemplates;
import com.payerlink.account.domain.ConnectionMethod;
import com.payerlink.account.domain.ConnectionSettingsService;
import com.payerlink.account.domain.CurSettings;
import com.payerlink.account.domain.CustomerAccount;
import com.payerlink.account.domain.HistoryEntry;
import com.payerlink.account.domain.StackReports;
import com.payerlink.account.domain.Partition;
import com.payerlink.account.domain.Product;
import com.payerlink.core.security.Role;
import com.payerlink.notification.domain.OutboxService;
import com.payerlink.tenant.domain.Tenant;
import com.payerlink.verification.domain.VerificationService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The stack reports back over real HTTP: checks of the secret, replays, Delete, and the tenant's setting. */
class CloudFormationCallbacksApiTest extends ApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final Pattern SECRET = Pattern.compile("param_CallbackSecret=([^&]+)");

    @Autowired
    AccountTemplates templates;

    @Autowired
    ConnectionSettingsService connectionSettings;

    @Autowired
    VerificationService verification;

    @Autowired
    OutboxService outbox;

    /** An account with steps 1–4 done, waiting for its stack. */
    CustomerAccount waitingForStack(Tenant t, Partition partition, String awsId, ConnectionMethod method) {
        return as(t, Role.OPERATOR, () -> {
            CustomerAccount a = accountService.create(partition, new AccountDetails(awsId, "Acme " + awsId, method,
                    "ops@acme.example"));
            a = accountService.confirmBillingAccess(a.id(), a.version(), true);
            return accountService.saveCurSettings(a.id(), a.version(), CurSettings.typed(Set.of(Product.COST_ANALYTICS),
                    false, "acme-cur", "acme-hourly", "cur", partition == Partition.AWS ? "us-east-1" : "cn-northwest-1",
                    true));
        });
    }

    String secretOf(Tenant t, CustomerAccount a) {
        String link = as(t, Role.OPERATOR, () -> templates.quickCreateLink(a.id())).toString();
        Matcher m = SECRET.matcher(link);
        assertThat(m.find()).as(link).isTrue();
        return URLDecoder.decode(m.group(1), StandardCharsets.UTF_8);
    }

    static Map<String, Object> report(String secret, String type, String requestId, Partition partition, String awsId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("requestType", type);
        body.put("requestId", requestId);
        body.put("secret", secret);
        body.put("accountId", awsId);
        body.put("partition", partition.id());
        body.put("region", partition.homeRegion().value());
        body.put("stackId", "arn:" + partition.id() + ":cloudformation:us-east-1:" + awsId + ":stack/Payerlink-" + awsId + "/1");
        body.put("roleArn", "arn:" + partition.id() + ":iam::" + awsId + ":role/Payerlink-PayerlinkRole-X1");
        body.put("createReport", "No");
        body.put("stackSet", "false");
        return body;
    }

    HttpResponse<String> post(Map<String, Object> body) throws Exception {
        return api.post(null, CloudFormationCallbacksController.PATH, JSON.writeValueAsString(body));
    }

    CustomerAccount reload(Tenant t, UUID id) {
        return as(t, Role.VIEWER, () -> accountService.get(id));
    }

    List<HistoryEntry> history(Tenant t, UUID id) {
        return as(t, Role.VIEWER, () -> accountService.history(id));
    }

    @Test
    void a_create_report_saves_the_role_registers_and_queues_verification() throws Exception {
        Tenant t = newTenant();
        CustomerAccount a = waitingForStack(t, Partition.AWS, "210987654321", ConnectionMethod.MSP_SINGLE);

        HttpResponse<String> response = post(report(secretOf(t, a), "Create", "req-1", Partition.AWS, "210987654321"));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode answer = api.json(response);
        assertThat(answer.get("message").asText()).contains("Connection registered");
        assertThat(answer.get("replay").asBoolean()).isFalse();
        CustomerAccount after = reload(t, a.id());
        assertThat(after.roleArns()).extracting(r -> r.value())
            .containsExactly("arn:aws:iam::210987654321:role/Payerlink-PayerlinkRole-X1");
        assertThat(after.wizardStep()).isEqualTo(6);
        assertThat(after.registeredBy()).isEqualTo("CloudFormation stack");
        assertThat(history(t, a.id())).anySatisfy(h -> {
            assertThat(h.action()).isEqualTo(AccountHistoryAction.STACK_REPORTED.name());
            assertThat(h.detail()).contains("Reported by its CloudFormation stack").contains("steps 5–6 done");
            assertThat(h.actor()).isEqualTo("CloudFormation stack");
        });
        await("verification queued").atMost(Duration.ofSeconds(20))
            .until(() -> as(t, Role.VIEWER, () -> verification.latestRun(a.id())).isPresent());
    }

    @Test
    void with_the_setting_off_the_role_is_saved_and_an_org_admin_registers() throws Exception {
        Tenant t = newTenant();
        as(t, Role.ORG_ADMIN, () -> connectionSettings.setRegisterOnStackReport(false));
        CustomerAccount a = waitingForStack(t, Partition.AWS, "210987654322", ConnectionMethod.MSP_SINGLE);

        HttpResponse<String> response = post(report(secretOf(t, a), "Create", "req-1", Partition.AWS, "210987654322"));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(api.json(response).get("message").asText()).contains("An org admin registers");
        CustomerAccount after = reload(t, a.id());
        assertThat(after.state()).isEqualTo(AccountState.IN_PROGRESS);
        assertThat(after.isRegistered()).isFalse();
        assertThat(after.roleArns()).hasSize(1);
        assertThat(after.wizardStep()).isEqualTo(6);
        assertThat(as(t, Role.VIEWER, () -> connectionSettings.registerOnStackReport())).isFalse();
    }

    @Test
    void a_secret_replayed_in_a_loop_gets_429_with_retry_after_and_changes_nothing_while_other_secrets_go_on()
            throws Exception {
        Tenant t = newTenant();
        CustomerAccount a = waitingForStack(t, Partition.AWS, "210987654340", ConnectionMethod.MSP_SINGLE);
        CustomerAccount other = waitingForStack(t, Partition.AWS, "210987654341", ConnectionMethod.MSP_SINGLE);
        String secret = secretOf(t, a);
        // the limit (8 in these tests) counts per calendar minute: the loop stays within one
        RateLimitWindow.awaitRoomInMinute(Duration.ofSeconds(20));
        int accepted = 0;
        HttpResponse<String> last = post(report(secret, "Update", "loop-0", Partition.AWS, "210987654340"));
        while (last.statusCode() == 200 && accepted < 20) {
            accepted++;
            last = post(report(secret, "Update", "loop-" + accepted, Partition.AWS, "210987654340"));
        }
        // the stack's own lines: verification, queued by each registering report, adds its lines meanwhile
        List<HistoryEntry> reportLines = history(t, a.id()).stream().filter(h -> StackReports.ACTOR.equals(h.actor())).toList();

        assertThat(accepted).isEqualTo(8);
        JsonNode refused = problem(last, 429);
        assertThat(refused.get("detail").asText()).contains("more than 8 reports in a minute").contains("Retry-After");
        assertThat(last.headers().firstValue("Retry-After")).hasValueSatisfying(
                seconds -> assertThat(Long.parseLong(seconds)).isBetween(1L, 60L));
        // refused before anything was applied: no report row, no history line
        assertThat(post(report(secret, "Update", "loop-late", Partition.AWS, "210987654340")).statusCode()).isEqualTo(429);
        assertThat(history(t, a.id())).filteredOn(h -> StackReports.ACTOR.equals(h.actor())).isEqualTo(reportLines);
        assertThat(ManyAccounts.count("select count(*) from stack_report where customer_account_id = ?", a.id()))
            .isEqualTo(8);
        assertThat(post(report(secretOf(t, other), "Create", "req-1", Partition.AWS, "210987654341")).statusCode())
            .isEqualTo(200);
    }

    @Test
    void refused_reports_count_against_their_secret_though_their_transaction_rolls_back() throws Exception {
        Tenant t = newTenant();
        CustomerAccount a = waitingForStack(t, Partition.AWS, "210987654342", ConnectionMethod.MSP_SINGLE);
        String secret = secretOf(t, a);
        RateLimitWindow.awaitRoomInMinute(Duration.ofSeconds(20));
        // the account's secret, but a stack in another AWS account: refused after the count, in the same transaction
        for (int i = 0; i < 8; i++) {
            problem(post(report(secret, "Create", "elsewhere-" + i, Partition.AWS, "510987654342")), 403);
        }

        HttpResponse<String> right = post(report(secret, "Create", "right", Partition.AWS, "210987654342"));

        problem(right, 429);
        assertThat(reload(t, a.id()).roleArns()).isEmpty();
        assertThat(ManyAccounts.count("select count(*) from stack_report where customer_account_id = ?", a.id()))
            .isZero();
    }

    @Test
    void a_huge_body_without_a_token_is_refused_before_it_is_read() throws Exception {
        Tenant t = newTenant();
        CustomerAccount a = waitingForStack(t, Partition.AWS, "210987654329", ConnectionMethod.MSP_SINGLE);
        Map<String, Object> body = new java.util.HashMap<>(report(secretOf(t, a), "Create", "r-huge", Partition.AWS,
                "210987654329"));
        body.put("padding", "x".repeat(2 * 1024 * 1024));

        JsonNode tooLarge = problem(post(body), 413);

        assertThat(tooLarge.get("detail").asText()).contains("KiB");
        assertThat(reload(t, a.id()).roleArns()).isEmpty();
    }

    @Test
    void a_wrong_secret_is_refused_and_changes_nothing() throws Exception {
        Tenant t = newTenant();
        CustomerAccount a = waitingForStack(t, Partition.AWS, "210987654323", ConnectionMethod.MSP_SINGLE);
        String secret = secretOf(t, a);

        JsonNode wrong = problem(post(report(secret.substring(0, secret.length() - 2) + "xx", "Create", "r",
                Partition.AWS, "210987654323")), 401);
        problem(post(report("", "Create", "r", Partition.AWS, "210987654323")), 401);

        assertThat(wrong.get("detail").asText()).contains("not one Payerlink handed out");
        assertThat(reload(t, a.id()).roleArns()).isEmpty();
    }

    @Test
    void another_accounts_secret_a_wrong_account_or_a_wrong_partition_is_refused() throws Exception {
        Tenant t = newTenant();
        CustomerAccount a = waitingForStack(t, Partition.AWS, "210987654324", ConnectionMethod.MSP_SINGLE);
        CustomerAccount b = waitingForStack(t, Partition.AWS, "310987654324", ConnectionMethod.MSP_SINGLE);
        Tenant other = newTenant();
        CustomerAccount c = waitingForStack(other, Partition.AWS, "410987654324", ConnectionMethod.MSP_SINGLE);

        // b's (or another tenant's) secret in a report of a's stack
        JsonNode another = problem(post(report(secretOf(t, b), "Create", "r1", Partition.AWS, "210987654324")), 403);
        problem(post(report(secretOf(other, c), "Create", "r2", Partition.AWS, "210987654324")), 403);
        // a's secret, but the stack runs in another AWS account, or in AWS China
        problem(post(report(secretOf(t, a), "Create", "r3", Partition.AWS, "510987654324")), 403);
        JsonNode partition = problem(post(report(secretOf(t, a), "Create", "r4", Partition.AWS_CN, "210987654324")), 403);
        // a's secret and account, but a role ARN of another account
        Map<String, Object> foreignRole = report(secretOf(t, a), "Create", "r5", Partition.AWS, "210987654324");
        foreignRole.put("roleArn", "arn:aws:iam::310987654324:role/PayerlinkRole");
        JsonNode role = problem(post(foreignRole), 400);

        assertThat(another.get("detail").asText()).contains("belongs to AWS account 310987654324");
        assertThat(partition.get("detail").asText()).contains("runs in AWS China");
        assertThat(role.toString()).contains("roleArn");
        assertThat(reload(t, a.id()).roleArns()).isEmpty();
        assertThat(reload(t, b.id()).roleArns()).isEmpty();
        assertThat(reload(other, c.id()).roleArns()).isEmpty();
    }

    @Test
    void a_replayed_report_is_answered_again_and_changes_nothing() throws Exception {
        Tenant t = newTenant();
        as(t, Role.ORG_ADMIN, () -> connectionSettings.setRegisterOnStackReport(false));
        CustomerAccount a = waitingForStack(t, Partition.AWS, "210987654325", ConnectionMethod.MSP_SINGLE);
        Map<String, Object> body = report(secretOf(t, a), "Create", "req-replayed", Partition.AWS, "210987654325");

        HttpResponse<String> first = post(body);
        CustomerAccount once = reload(t, a.id());
        int entries = history(t, a.id()).size();
        HttpResponse<String> again = post(body);

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
        assertThat(api.json(again).get("replay").asBoolean()).isTrue();
        assertThat(api.json(again).get("message").asText()).contains("Role ARN saved");
        assertThat(reload(t, a.id()).version()).isEqualTo(once.version());
        assertThat(history(t, a.id())).hasSize(entries);
    }

    @Test
    void a_deleted_stack_disconnects_the_connection_and_tells_the_org_admins() throws Exception {
        Tenant t = newTenant();
        CustomerAccount a = waitingForStack(t, Partition.AWS, "210987654326", ConnectionMethod.MSP_SINGLE);
        String secret = secretOf(t, a);
        assertThat(post(report(secret, "Create", "req-c", Partition.AWS, "210987654326")).statusCode()).isEqualTo(200);

        HttpResponse<String> deleted = post(report(secret, "Delete", "req-d", Partition.AWS, "210987654326"));
        HttpResponse<String> replay = post(report(secret, "Delete", "req-d", Partition.AWS, "210987654326"));

        assertThat(deleted.statusCode()).as(deleted.body()).isEqualTo(200);
        assertThat(api.json(deleted).get("state").asText()).isEqualTo("DISCONNECTED");
        assertThat(api.json(replay).get("replay").asBoolean()).isTrue();
        assertThat(reload(t, a.id()).state()).isEqualTo(AccountState.DISCONNECTED);
        assertThat(history(t, a.id())).anySatisfy(h -> assertThat(h.detail())
            .contains("→ Disconnected").contains("stack was deleted").contains("reported by its CloudFormation stack"));
        assertThat(as(t, Role.ORG_ADMIN, () -> outbox.messages(null).page(0, 50)))
            .filteredOn(m -> m.kind().equals("CONNECTION_DISCONNECTED")).singleElement().satisfies(m -> {
                assertThat(m.recipient()).isEqualTo(adminEmail(t));
                assertThat(m.subject()).contains("210987654326").contains("disconnected");
            });
    }

    @org.springframework.beans.factory.annotation.Autowired
    com.payerlink.payer.domain.PayerMemberService payerMembers;

    @Test
    void a_stackset_member_unknown_to_the_tenant_is_discovered_and_registered() throws Exception {
        Tenant t = newTenant();
        CustomerAccount management = waitingForStack(t, Partition.AWS, "210987654327", ConnectionMethod.DIRECT_MANAGEMENT);
        String template = as(t, Role.OPERATOR, () -> templates.stackSet(management.id())).template();
        Matcher m = Pattern.compile("CallbackSecret:[\\s\\S]*?Default: (plcb_[A-Za-z0-9_-]+)").matcher(template);
        assertThat(m.find()).isTrue();
        Map<String, Object> body = report(m.group(1), "Create", "req-member", Partition.AWS, "610987654327");
        body.put("stackSet", "true");

        HttpResponse<String> response = post(body);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        UUID member = UUID.fromString(api.json(response).get("accountId").asText());
        CustomerAccount created = reload(t, member);
        assertThat(created.accountId().value()).isEqualTo("610987654327");
        assertThat(created.externalId().value()).isEqualTo(management.externalId().value() + "-610987654327");
        assertThat(created.isRegistered()).isTrue();
        // a member: verification takes its report's checks from the management account's connection
        assertThat(created.managementAccountId()).isEqualTo(management.id());
        assertThat(history(t, member)).anySatisfy(h -> assertThat(h.detail()).contains("Discovered via StackSet"));
        // the same member a sync of the organization finds: one of the payer's members, with its connection
        assertThat(as(t, Role.VIEWER, () -> payerMembers.members(management.id()))).singleElement().satisfies(pm -> {
            assertThat(pm.accountId().value()).isEqualTo("610987654327");
            assertThat(pm.connection()).isNotNull();
            assertThat(pm.connection().id()).isEqualTo(member);
        });
        // the management account's own stack uses its own secret, not the StackSet's
        Map<String, Object> own = report(m.group(1), "Create", "req-own", Partition.AWS, "210987654327");
        problem(post(own), 403);
    }

    @Test
    void the_templates_own_code_reports_a_create_to_the_portal() throws Exception {
        Tenant t = newTenant();
        CustomerAccount a = waitingForStack(t, Partition.AWS, "210987654328", ConnectionMethod.MSP_SINGLE);
        try (StackCallbackPython python = new StackCallbackPython()) {
            Map<String, Object> props = new LinkedHashMap<>();
            props.put("CallbackUrl", "http://127.0.0.1:" + port + CloudFormationCallbacksController.PATH);
            props.put("CallbackSecret", secretOf(t, a));
            props.put("RoleArn", "arn:aws:iam::210987654328:role/Payerlink-PayerlinkRole-PY");
            props.put("AccountId", "210987654328");
            props.put("Partition", "aws");
            props.put("Region", "us-east-1");
            props.put("StackId", "arn:aws:cloudformation:us-east-1:210987654328:stack/Payerlink-210987654328/9");
            props.put("StackSet", "false");
            props.put("CreateReport", "No");

            python.invoke(python.event("Create", "req-python", props));

            assertThat(python.answers).singleElement().satisfies(answer -> {
                assertThat(answer).containsEntry("Status", "SUCCESS");
                assertThat((String) answer.get("Reason")).contains("Connection registered");
            });
        }
        assertThat(reload(t, a.id()).isRegistered()).isTrue();
    }

}
