package com.payerlink.account.domain;

import org.jooq.TableField;
import com.payerlink.core.security.Role;
import com.payerlink.db.tables.records.ConnectionSettingsRecord;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jooq.DSLContext;
import org.jooq.Record6;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.springframework.stereotype.Component;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import static com.payerlink.db.Tables.CALLBACK_SECRET;
import static com.payerlink.db.Tables.CONNECTION_SETTINGS;
import static com.payerlink.db.Tables.STACK_REPORT;

/** Callback secrets' hashes, the reports stacks sent, and each tenant's connection settings. */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class StackReportDAO {

    private final DSLContext dsl;

    /** Keeps the secret's hash for the account (once; a hash already kept stays as it is). */
    void rememberSecret(UUID tenantId, UUID accountId, TemplateKind kind, ExternalId externalId, String hash) {
        dsl.insertInto(CALLBACK_SECRET)
            .set(CALLBACK_SECRET.TENANT_ID, tenantId)
            .set(CALLBACK_SECRET.CUSTOMER_ACCOUNT_ID, accountId)
            .set(CALLBACK_SECRET.KIND, kind.name())
            .set(CALLBACK_SECRET.EXTERNAL_ID, externalId.value())
            .set(CALLBACK_SECRET.SECRET_HASH, hash)
            .onConflictDoNothing()
            .execute();
    }

    /**
     * The report's first statement (V29): whose the secret is, one more report of it counted in this minute's window,
     * and, if it may go on, the transaction bound to the secret's tenant as the given role (no user), with that tenant's
     * "register when the stack reports back" setting. Empty for a secret Payerlink never handed out.
     */
    Optional<Begun> begin(String hash, int accountLimit, int stacksetLimit, Role role) {
        Record6<UUID, UUID, String, String, Integer, Boolean> r = dsl.select(
                    DSL.field("tenant_id", SQLDataType.UUID), DSL.field("customer_account_id", SQLDataType.UUID),
                    DSL.field("kind", SQLDataType.VARCHAR), DSL.field("external_id", SQLDataType.VARCHAR),
                    DSL.field("seconds_to_wait", SQLDataType.INTEGER),
                    DSL.field("register_on_stack_report", SQLDataType.BOOLEAN))
            .from("payerlink_stack_report_begin({0}, {1}, {2}, {3})", DSL.val(hash), DSL.val(accountLimit),
                    DSL.val(stacksetLimit), DSL.val(role.name()))
            .fetchOne();
        return r == null ? Optional.empty()
                : Optional.of(new Begun(new SecretOwner(r.value1(), r.value2(), TemplateKind.valueOf(r.value3()),
                        r.value4()), r.value5(), Boolean.TRUE.equals(r.value6())));
    }

    /** What the portal answered when this very request reached it before, if it did. */
    Optional<String> earlierOutcome(UUID accountId, String requestId, String requestType) {
        return dsl.select(STACK_REPORT.OUTCOME).from(STACK_REPORT)
            .where(STACK_REPORT.CUSTOMER_ACCOUNT_ID.eq(accountId))
            .and(STACK_REPORT.REQUEST_ID.eq(requestId))
            .and(STACK_REPORT.REQUEST_TYPE.eq(requestType))
            .fetchOptional(STACK_REPORT.OUTCOME);
    }

    /** @return false if the request was recorded meanwhile (a replay racing the first delivery) */
    boolean record(UUID tenantId, UUID accountId, StackReport report, String outcome) {
        return dsl.insertInto(STACK_REPORT)
            .set(STACK_REPORT.TENANT_ID, tenantId)
            .set(STACK_REPORT.CUSTOMER_ACCOUNT_ID, accountId)
            .set(STACK_REPORT.REQUEST_ID, report.requestId())
            .set(STACK_REPORT.REQUEST_TYPE, report.requestType())
            .set(STACK_REPORT.STACK_ID, report.stackId())
            .set(STACK_REPORT.REGION, report.region())
            .set(STACK_REPORT.ROLE_ARN, report.roleArn())
            .set(STACK_REPORT.OUTCOME, outcome.length() > 1000 ? outcome.substring(0, 997) + "..." : outcome)
            .onConflictDoNothing()
            .execute() == 1;
    }

    void recordOutcome(UUID accountId, StackReport report, String outcome) {
        dsl.update(STACK_REPORT)
            .set(STACK_REPORT.OUTCOME, outcome.length() > 1000 ? outcome.substring(0, 997) + "..." : outcome)
            .where(STACK_REPORT.CUSTOMER_ACCOUNT_ID.eq(accountId))
            .and(STACK_REPORT.REQUEST_ID.eq(report.requestId()))
            .and(STACK_REPORT.REQUEST_TYPE.eq(report.requestType()))
            .execute();
    }

    boolean registerOnStackReport(UUID tenantId) {
        return setting(tenantId, CONNECTION_SETTINGS.REGISTER_ON_STACK_REPORT, true);
    }

    void saveRegisterOnStackReport(UUID tenantId, boolean register, String actor) {
        saveSetting(tenantId, CONNECTION_SETTINGS.REGISTER_ON_STACK_REPORT, register, actor);
    }

    boolean submitEnablementTicket(UUID tenantId) {
        return setting(tenantId, CONNECTION_SETTINGS.SUBMIT_ENABLEMENT_TICKET, false);
    }

    void saveSubmitEnablementTicket(UUID tenantId, boolean submit, String actor) {
        saveSetting(tenantId, CONNECTION_SETTINGS.SUBMIT_ENABLEMENT_TICKET, submit, actor);
    }

    /** One of the tenant's connection settings; the default where the tenant never saved any. */
    private boolean setting(UUID tenantId, TableField<ConnectionSettingsRecord, Boolean> column, boolean byDefault) {
        return dsl.select(column).from(CONNECTION_SETTINGS)
            .where(CONNECTION_SETTINGS.TENANT_ID.eq(tenantId))
            .fetchOptional(column).orElse(byDefault);
    }

    private void saveSetting(UUID tenantId, TableField<ConnectionSettingsRecord, Boolean> column, boolean value,
            String actor) {
        dsl.insertInto(CONNECTION_SETTINGS)
            .set(CONNECTION_SETTINGS.TENANT_ID, tenantId)
            .set(column, value)
            .set(CONNECTION_SETTINGS.UPDATED_BY, actor)
            .onConflict(CONNECTION_SETTINGS.TENANT_ID).doUpdate()
            .set(column, value)
            .set(CONNECTION_SETTINGS.UPDATED_BY, actor)
            .set(CONNECTION_SETTINGS.UPDATED_AT, OffsetDateTime.now())
            .set(CONNECTION_SETTINGS.VERSION, CONNECTION_SETTINGS.VERSION.plus(1))
            .execute();
    }

    /** Whose a callback secret is. */
    record SecretOwner(UUID tenantId, UUID accountId, TemplateKind kind, String externalId) {
    }

    /**
     * A report begun: whose secret it carries, the seconds it must wait (0: it goes on, in the owner's tenant) and
     * whether the tenant registers connections when their stack reports back.
     */
    record Begun(SecretOwner owner, int secondsToWait, boolean registerOnStackReport) {
    }

}
