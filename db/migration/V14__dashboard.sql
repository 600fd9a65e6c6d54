-- The Home dashboard (issue 12, item 1): its counts are SQL aggregates, one query per widget, fast for
-- 100,000 accounts of a tenant. Two indexes for the widgets that no existing index serves, and two narrow
-- functions for the platform admin's cross-tenant overview, which row-level security (rightly) keeps from
-- reading customer accounts and mails of every tenant: they hand out counts only, never a row, and only to a
-- platform admin's session.

-- [jooq ignore start]
-- "Ready over the last 30 days": the tenant's state changes of a month, found without reading its whole history
create index account_history_state_changed_idx on account_history (tenant_id, created_at)
    where action = 'STATE_CHANGED';

-- the funnel (accounts per state of a tenant, and of every tenant for the platform): an index-only scan of an index
-- a third the size of the grid's (tenant_id, state, name, id)
create index customer_account_tenant_state_idx on customer_account (tenant_id, state);

-- "to register": every step done, not registered yet (the dashboard's query repeats this predicate word for word)
create index customer_account_to_register_idx on customer_account (tenant_id)
    where state = 'IN_PROGRESS' and billing_access_confirmed and cur_settings_confirmed and cardinality(role_arns) > 0;

-- "Processing over 72 hours"
create index customer_account_processing_idx on customer_account (tenant_id, processing_started_at)
    where state = 'PROCESSING';

-- "invited but not completed after N days": the open invitations only
create index invitation_open_idx on invitation (tenant_id, created_at) where revoked_at is null and completed_at is null;

-- "Awaiting support whose ticket is not submitted": an account's tickets, found by the account
create index ticket_account_account_idx on ticket_account (customer_account_id);

-- the platform's mail backlog: only the mails still to send or given up, not the (many) sent ones
create index email_outbox_backlog_idx on email_outbox (tenant_id) where status in ('QUEUED', 'FAILED');

-- Accounts per tenant and state, for platform admins only (other sessions get no row).
create function payerlink_platform_account_counts()
    returns table (tenant_id uuid, state varchar, accounts bigint)
    language sql stable security definer set search_path = public, pg_temp
as $$
    select a.tenant_id, a.state, count(*)
    from customer_account a
    where payerlink_role() = 'PLATFORM_ADMIN'
    group by a.tenant_id, a.state
$$;

-- Each tenant's mail backlog, for platform admins only: queued mails, those due for longer than p_overdue_after
-- (the sender is not getting them out), failed ones, and since when the oldest overdue one has been due.
create function payerlink_platform_mail_backlog(p_overdue_after interval)
    returns table (tenant_id uuid, queued bigint, overdue bigint, failed bigint, oldest_overdue timestamptz)
    language sql stable security definer set search_path = public, pg_temp
as $$
    select o.tenant_id,
           count(*) filter (where o.status = 'QUEUED'),
           count(*) filter (where o.status = 'QUEUED' and o.next_attempt_at < now() - p_overdue_after),
           count(*) filter (where o.status = 'FAILED'),
           min(o.next_attempt_at) filter (where o.status = 'QUEUED' and o.next_attempt_at < now() - p_overdue_after)
    from email_outbox o
    where payerlink_role() = 'PLATFORM_ADMIN' and o.status in ('QUEUED', 'FAILED')
    group by o.tenant_id
$$;

revoke all on function payerlink_platform_account_counts() from public;
revoke all on function payerlink_platform_mail_backlog(interval) from public;
grant execute on function payerlink_platform_account_counts(), payerlink_platform_mail_backlog(interval)
    to payerlink_app;
-- [jooq ignore stop]
