package com.payerlink.account.domain;

import com.payerlink.db.tables.records.CustomerAccountRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record8;
import org.jooq.SortField;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

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
        // The page's ids first, then only their rows: the ids come from a (tenant, sort column, id) index alone, so a
        // deep page skips index entries instead of reading and sorting every matching row (AccountGridBenchmark).
        var pageIds = DSL.select(CA.ID)
            .from(CA)
            .where(conditions(tenantId, query))
            .orderBy(sortFields(query))
            .offset(offset)
            .limit(limit);
        return dsl.select(CA.ID, CA.NAME, CA.ACCOUNT_ID, CA.PARTITION, CA.CONNECTION_METHOD, CA.STATE, CA.WIZARD_STEP,
                    CA.UPDATED_AT)
            .from(CA)
            .where(CA.TENANT_ID.eq(tenantId).and(CA.ID.in(pageIds)))
            .orderBy(sortFields(query))
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

    Optional<UUID> idOfAccountWithKey(UUID tenantId, Partition partition, AccountId accountId) {
        return dsl.select(CA.ID).from(CA)
            .where(CA.TENANT_ID.eq(tenantId)
                .and(CA.PARTITION.eq(partition.id()))
                .and(CA.ACCOUNT_ID.eq(accountId.value())))
            .fetchOptional(CA.ID);
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

    /** Moves a registered account on to a later state (what the verification jobs will do); bumps the version. */
    void updateState(UUID tenantId, UUID id, AccountState state) {
        dsl.update(CA)
            .set(CA.STATE, state.name())
            .set(CA.UPDATED_AT, java.time.OffsetDateTime.now())
            .set(CA.VERSION, CA.VERSION.plus(1))
            .where(CA.TENANT_ID.eq(tenantId).and(CA.ID.eq(id)))
            .execute();
    }

    List<HistoryEntry> history(UUID tenantId, UUID accountId) {
        return dsl.selectFrom(ACCOUNT_HISTORY)
            .where(ACCOUNT_HISTORY.TENANT_ID.eq(tenantId).and(ACCOUNT_HISTORY.CUSTOMER_ACCOUNT_ID.eq(accountId)))
            .orderBy(ACCOUNT_HISTORY.CREATED_AT.desc(), ACCOUNT_HISTORY.ID.desc())
            .fetch(r -> new HistoryEntry(r.getCreatedAt(), r.getActor(), r.getAction(),
                    r.getStep() == null ? null : r.getStep().intValue(), r.getDetail()));
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

    private static AccountSummary toSummary(Record8<UUID, String, String, String, String, String, Short, java.time.OffsetDateTime> r) {
        return new AccountSummary(r.value1(), r.value2(), r.value3(), Partition.parse(r.value4()),
                ConnectionMethod.valueOf(r.value5()), AccountState.valueOf(r.value6()), r.value7(), r.value8());
    }

    static CustomerAccount toAccount(CustomerAccountRecord r) {
        return new CustomerAccount(r.getId(), Partition.parse(r.getPartition()), AccountId.parse(r.getAccountId()),
                r.getName(), ConnectionMethod.valueOf(r.getConnectionMethod()), List.of(r.getContactEmails()),
                Arrays.stream(r.getProducts()).map(Product::valueOf).collect(Collectors.toCollection(
                        () -> java.util.EnumSet.noneOf(Product.class))),
                r.getBillingAccessConfirmed(), r.getCreateCur(), r.getCurBucket(), r.getCurReportName(),
                r.getCurPrefix(), r.getCurBucketRegion(), r.getCurSettingsConfirmed(), ExternalId.parse(r.getExternalId()),
                List.of(r.getRoleArns()), r.getWizardStep(), AccountState.valueOf(r.getState()), r.getRegisteredAt(),
                r.getRegisteredBy(), r.getCreatedAt(), r.getUpdatedAt(), r.getVersion());
    }

}
