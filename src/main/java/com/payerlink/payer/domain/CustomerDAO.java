package com.payerlink.payer.domain;

import com.payerlink.core.EmailAddress;
import com.payerlink.db.tables.records.CustomerRecord;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static com.payerlink.db.Tables.CUSTOMER;
import static com.payerlink.db.Tables.PAYER_MEMBER;

/** The tenant's customers; every query names the tenant (row-level security backs it). */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class CustomerDAO {

    private static final com.payerlink.db.tables.Customer C = CUSTOMER;

    private final DSLContext dsl;

    List<Customer> all(UUID tenantId) {
        return select().where(C.TENANT_ID.eq(tenantId)).orderBy(DSL.lower(C.NAME), C.ID).fetch(CustomerDAO::toCustomer);
    }

    Optional<CustomerRecord> find(UUID tenantId, UUID id) {
        return dsl.selectFrom(C).where(C.TENANT_ID.eq(tenantId).and(C.ID.eq(id))).fetchOptional();
    }

    Optional<Customer> get(UUID tenantId, UUID id) {
        return select().where(C.TENANT_ID.eq(tenantId).and(C.ID.eq(id))).fetchOptional(CustomerDAO::toCustomer);
    }

    /** The limited customer whose extraction goes to this MSP_LIMITED account. */
    Optional<Customer> ofLimitedAccount(UUID tenantId, UUID accountId) {
        return select().where(C.TENANT_ID.eq(tenantId).and(C.LIMITED_ACCOUNT_ID.eq(accountId)))
            .fetchOptional(CustomerDAO::toCustomer);
    }

    /** Customer IDs by lower-case name, for the names given. */
    Map<String, UUID> idsByName(UUID tenantId, Collection<String> lowerNames) {
        return dsl.select(DSL.lower(C.NAME), C.ID).from(C)
            .where(C.TENANT_ID.eq(tenantId).and(DSL.lower(C.NAME).in(lowerNames)))
            .fetchMap(r -> r.value1(), r -> r.value2());
    }

    /** Adds the contacts the customer does not have yet. */
    void addContacts(UUID tenantId, UUID id, List<String> contacts) {
        if (contacts.isEmpty()) {
            return;
        }
        dsl.update(C).set(C.CONTACT_EMAILS, DSL.field("array(select distinct unnest({0} || {1}::varchar[]))",
                String[].class, C.CONTACT_EMAILS, DSL.val(contacts.toArray(String[]::new))))
            .set(C.UPDATED_AT, DSL.currentOffsetDateTime())
            .set(C.VERSION, C.VERSION.plus(1))
            .where(C.TENANT_ID.eq(tenantId).and(C.ID.eq(id)))
            .execute();
    }

    CustomerRecord newRecord(UUID tenantId, String name) {
        CustomerRecord r = dsl.newRecord(C);
        r.setId(UUID.randomUUID());
        r.setTenantId(tenantId);
        r.setName(name);
        r.setContactEmails(new String[0]);
        return r;
    }

    private org.jooq.SelectJoinStep<Record> select() {
        var members = DSL.selectCount().from(PAYER_MEMBER)
            .where(PAYER_MEMBER.CUSTOMER_ID.eq(C.ID).and(PAYER_MEMBER.REMOVED_AT.isNull())).<Integer>asField("members");
        return dsl.select(C.fields()).select(members).from(C);
    }

    private static Customer toCustomer(Record r) {
        CustomerRecord c = r.into(C);
        return new Customer(c.getId(), c.getName(), Arrays.stream(c.getContactEmails()).map(EmailAddress::new).toList(),
                c.getLimitedAccountId(), c.getBillingViewArn(), c.getExportArn(), r.get("members", Integer.class),
                c.getVersion());
    }

}
