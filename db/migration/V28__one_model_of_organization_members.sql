-- Issue 15, item 3: one model of "the members of a management account". V19's payer_member is the one record of an
-- organization's member accounts, whether Organizations listed them (the payer's daily sync) or the organization's
-- StackSet reported them (or an operator added them from the organization's list). V26's
-- customer_account.management_account_id stays as a connected account's pointer to its membership, and may point
-- only at a membership that exists: so a StackSet-discovered member and an Organizations-synced member are the same
-- row, grouped, flagged and shown the same way.

-- [jooq ignore start]
-- the members discovered before this migration become members of their payer, as seen when they were created
insert into payer_member (tenant_id, payer_id, account_id, name, email, status, flag, first_seen_at, last_seen_at)
select a.tenant_id, a.management_account_id, a.account_id, left(a.name, 200), '', 'ACTIVE', '', a.created_at, now()
from customer_account a
where a.management_account_id is not null
on conflict (payer_id, account_id) do nothing;

-- checked at commit: the portal records the membership in the same transaction, right after the account
alter table customer_account add constraint customer_account_membership_fk
    foreign key (management_account_id, account_id) references payer_member (payer_id, account_id)
        on delete set null (management_account_id)
        deferrable initially deferred;
-- [jooq ignore stop]
