package com.payerlink.account.domain;

import com.payerlink.db.tables.records.CustomerAccountRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record9;
import org.jooq.SortField;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import static com.payerlink.db.Tables.ACCOUNT_HISTORY;
import static com.payerlink.db.Tables.CUSTOMER_ACCOUNT;

/** Customer-account rows and their history. Every query names the tenant; row-level security backs it up. */
@Component
class AccountDAO {

    private static final com.payerlink.db.tables.CustomerAccount CA = CUSTOMER_ACCOUNT;

    private final DSLContext dsl;

    AccountDAO(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** One page of the grid: filtered, sorted on a whitelisted column, offset and limit in the database. */
    List<AccountSummary> page(UUID tenantId, AccountQuery query, int offset, int limit) {
        return dsl.select(CA.ID, CA.NAME, CA.ACCOUNT_ID, CA.PARTITION, CA.CONNECTION_METHOD, CA.STATE, CA.WIZARD_STEP,
                    CA.UPDATED_AT, CA.STATE_DETAIL)
            .from(CA)
            .where(conditions(tenantId, query))
            .orderBy(sortFields(query))
            .offset(offset)
            .limit(limit)
            .fetch(AccountDAO::toSummary);
    }

    int count(UUID tenantId, AccountQuery query) {
        return dsl.fetchCount(CA, conditions(tenantId, query));
    }

    Optional<CustomerAccountRecord> find(UUID tenantId, UUID id) {
        return dsl.selectFrom(CA).where(CA.TENANT_ID.eq(tenantId).and(CA.ID.eq(id))).fetchOptional();
    }

    List<CustomerAccountRecord> findAll(UUID tenantId, Collection<UUID> ids) {
        return dsl.selectFrom(CA).where(CA.TENANT_ID.eq(tenantId).and(CA.ID.in(ids))).orderBy(CA.NAME, CA.ID).fetch();
    }

    Optional<String> nameOfAccountWithKey(UUID tenantId, Partition partition, AccountId accountId, UUID except) {
        return dsl.select(CA.NAME).from(CA)
            .where(CA.TENANT_ID.eq(tenantId)
                .and(CA.PARTITION.eq(partition.id()))
                .and(CA.ACCOUNT_ID.eq(accountId.value()))
                .and(except == null ? DSL.noCondition() : CA.ID.ne(except)))
            .fetchOptional(CA.NAME);
    }

    CustomerAccountRecord newRecord() {
        return dsl.newRecord(CA);
    }

    void addHistory(UUID tenantId, UUID accountId, String actor, String action, Integer step, String detail) {
        dsl.insertInto(ACCOUNT_HISTORY)
            .set(ACCOUNT_HISTORY.TENANT_ID, tenantId)
            .set(ACCOUNT_HISTORY.CUSTOMER_ACCOUNT_ID, accountId)
            .set(ACCOUNT_HISTORY.ACTOR, actor)
            .set(ACCOUNT_HISTORY.ACTION, action)
            .set(ACCOUNT_HISTORY.STEP, step == null ? null : step.shortValue())
            .set(ACCOUNT_HISTORY.DETAIL, detail)
            .execute();
    }

    List<HistoryEntry> history(UUID tenantId, UUID accountId) {
        return dsl.selectFrom(ACCOUNT_HISTORY)
            .where(ACCOUNT_HISTORY.TENANT_ID.eq(tenantId).and(ACCOUNT_HISTORY.CUSTOMER_ACCOUNT_ID.eq(accountId)))
            .orderBy(ACCOUNT_HISTORY.CREATED_AT.desc(), ACCOUNT_HISTORY.ID.desc())
            .fetch(r -> new HistoryEntry(r.getCreatedAt(), r.getActor(), r.getAction(),
                    r.getStep() == null ? null : r.getStep().intValue(), r.getDetail()));
    }

    /**
     * Moves the registered accounts among {@code ids} that are in one of the {@code from} states to
     * {@code to}, in one statement, with a history entry each; returns the rows that moved.
     */
    List<AccountSummary> moveAll(UUID tenantId, Collection<UUID> ids, Collection<AccountState> from, AccountState to,
            String actor, String detail) {
        UUID[] idArray = ids.toArray(UUID[]::new);
        List<AccountSummary> moved = dsl.update(CA)
            .set(CA.STATE, to.name())
            .set(CA.STATE_DETAIL, "")
            .set(CA.UPDATED_AT, OffsetDateTime.now())
            .set(CA.VERSION, CA.VERSION.plus(1))
            .where(CA.TENANT_ID.eq(tenantId)
                .and(CA.ID.eq(DSL.any(idArray)))
                .and(CA.REGISTERED_AT.isNotNull())
                .and(CA.STATE.in(from.stream().map(Enum::name).toList())))
            .returning(CA.ID, CA.NAME, CA.ACCOUNT_ID, CA.PARTITION, CA.CONNECTION_METHOD, CA.STATE, CA.WIZARD_STEP,
                    CA.UPDATED_AT, CA.STATE_DETAIL)
            .fetch(r -> new AccountSummary(r.getId(), r.getName(), r.getAccountId(), Partition.parse(r.getPartition()),
                    ConnectionMethod.valueOf(r.getConnectionMethod()), to, r.getWizardStep(), r.getUpdatedAt(), ""));
        if (!moved.isEmpty()) {
            dsl.insertInto(ACCOUNT_HISTORY, ACCOUNT_HISTORY.TENANT_ID, ACCOUNT_HISTORY.CUSTOMER_ACCOUNT_ID,
                    ACCOUNT_HISTORY.ACTOR, ACCOUNT_HISTORY.ACTION, ACCOUNT_HISTORY.DETAIL)
                .select(dsl.select(DSL.val(tenantId), CA.ID, DSL.val(actor), DSL.val("STATE_CHANGED"), DSL.val(detail))
                    .from(CA)
                    .where(CA.TENANT_ID.eq(tenantId).and(CA.ID.eq(DSL.any(moved.stream().map(AccountSummary::id)
                        .toArray(UUID[]::new))))))
                .execute();
        }
        return moved;
    }

    /** The AWS account IDs among {@code accountIds} that the tenant has already in this partition. */
    List<String> existingAccountIds(UUID tenantId, Partition partition, Collection<String> accountIds) {
        return dsl.select(CA.ACCOUNT_ID).from(CA)
            .where(CA.TENANT_ID.eq(tenantId).and(CA.PARTITION.eq(partition.id()))
                .and(CA.ACCOUNT_ID.eq(DSL.any(accountIds.toArray(String[]::new)))))
            .fetch(CA.ACCOUNT_ID);
    }

    private static Condition conditions(UUID tenantId, AccountQuery q) {
        Condition c = CA.TENANT_ID.eq(tenantId);
        if (q.state() != null) {
            c = c.and(CA.STATE.eq(q.state().name()));
        }
        if (q.step() != null) {
            c = c.and(CA.WIZARD_STEP.eq(q.step().shortValue()));
        }
        if (q.method() != null) {
            c = c.and(CA.CONNECTION_METHOD.eq(q.method().name()));
        }
        if (q.partition() != null) {
            c = c.and(CA.PARTITION.eq(q.partition().id()));
        }
        if (q.search() != null && !q.search().isBlank()) {
            String text = q.search().strip();
            Condition match = CA.NAME.containsIgnoreCase(text);
            String digits = text.replace("-", "");
            if (digits.chars().allMatch(Character::isDigit)) {
                match = match.or(CA.ACCOUNT_ID.startsWith(digits));
            }
            c = c.and(match);
        }
        return c;
    }

    private static List<SortField<?>> sortFields(AccountQuery q) {
        Field<?> field = switch (q.sort() == null ? AccountSort.NAME : q.sort()) {
            case NAME -> CA.NAME;
            case ACCOUNT_ID -> CA.ACCOUNT_ID;
            case PARTITION -> CA.PARTITION;
            case METHOD -> CA.CONNECTION_METHOD;
            case STATE -> CA.STATE;
            case STEP -> CA.WIZARD_STEP;
            case UPDATED -> CA.UPDATED_AT;
        };
        // the id breaks ties, so pages never overlap or skip rows
        return q.descending() ? List.of(field.desc(), CA.ID.desc()) : List.of(field.asc(), CA.ID.asc());
    }

    private static AccountSummary toSummary(Record9<UUID, String, String, String, String, String, Short, OffsetDateTime, String> r) {
        return new AccountSummary(r.value1(), r.value2(), r.value3(), Partition.parse(r.value4()),
                ConnectionMethod.valueOf(r.value5()), AccountState.valueOf(r.value6()), r.value7(), r.value8(),
                r.value9());
    }

    static CustomerAccount toAccount(CustomerAccountRecord r) {
        return new CustomerAccount(r.getId(), Partition.parse(r.getPartition()), AccountId.parse(r.getAccountId()),
                r.getName(), ConnectionMethod.valueOf(r.getConnectionMethod()), List.of(r.getContactEmails()),
                Arrays.stream(r.getProducts()).map(Product::valueOf).collect(Collectors.toCollection(
                        () -> java.util.EnumSet.noneOf(Product.class))),
                r.getBillingAccessConfirmed(), r.getCreateCur(), r.getCurBucket(), r.getCurReportName(),
                r.getCurPrefix(), r.getCurBucketRegion(), r.getCurSettingsConfirmed(), ExternalId.parse(r.getExternalId()),
                List.of(r.getRoleArns()), r.getWizardStep(), AccountState.valueOf(r.getState()), r.getRegisteredAt(),
                r.getRegisteredBy(), r.getCreatedAt(), r.getUpdatedAt(), r.getVersion(), r.getProcessingStartedAt(),
                r.getStateDetail());
    }

}
