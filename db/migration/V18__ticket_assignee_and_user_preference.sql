-- Issue 13: support agents work a queue (who has a ticket; agents link a tenant's accounts to a ticket), and
-- each user's own display preference (the dark theme), kept on the server so it follows them to any browser.

-- the support agent who works the ticket; the e-mail address is kept for display (agents cannot read app_user)
alter table ticket add column assignee_id uuid references app_user (id) on delete set null;
alter table ticket add column assignee_email varchar(254);
create index ticket_assignee_idx on ticket (assignee_id, updated_at desc) where assignee_id is not null;

-- one row per user who changed a preference; a user reads and writes only their own
create table user_preference
(
    user_id    uuid primary key references app_user (id) on delete cascade,
    dark_theme boolean     not null default false,
    updated_at timestamptz not null default now()
);

-- [jooq ignore start]
alter table user_preference enable row level security;
alter table user_preference force row level security;
create policy own_row on user_preference
    using (user_id = nullif(current_setting('payerlink.user_id', true), '')::uuid)
    with check (user_id = nullif(current_setting('payerlink.user_id', true), '')::uuid);
create policy schema_owner on user_preference to current_user using (true) with check (true);

-- The support agents a ticket can be assigned to (agents cannot read app_user: platform staff have no tenant).
create function payerlink_support_agents()
    returns table (id uuid, email varchar, display_name varchar)
    language sql stable security definer set search_path = public, pg_temp
as $$
    select u.id, u.email, u.display_name from app_user u
    where payerlink_role() = 'SUPPORT_AGENT' and u.role = 'SUPPORT_AGENT' and u.enabled
    order by u.display_name, u.email
$$;

-- A support agent links one of the ticket's tenant's accounts (by its 12-digit AWS account ID) to a submitted
-- ticket: agents may not read customer accounts, so this narrow function looks the one account up in the ticket's
-- own tenant and copies its name, as tenants' links do. Returns the account's name, or null when the tenant has no
-- account with that ID (or the ticket is not the agent's to change).
create function payerlink_support_link_account(p_ticket uuid, p_aws_account_id text)
    returns varchar
    language plpgsql security definer set search_path = public, pg_temp
as $$
declare
    t ticket%rowtype;
    a customer_account%rowtype;
begin
    if payerlink_role() is distinct from 'SUPPORT_AGENT' then
        return null;
    end if;
    select * into t from ticket where id = p_ticket and status not in ('DRAFT', 'CLOSED');
    if not found then
        return null;
    end if;
    select * into a from customer_account where tenant_id = t.tenant_id and account_id = p_aws_account_id
        order by partition limit 1;
    if not found then
        return null;
    end if;
    insert into ticket_account (ticket_id, tenant_id, customer_account_id, account_name, aws_account_id, partition)
        values (t.id, t.tenant_id, a.id, a.name, a.account_id, a.partition)
        on conflict do nothing;
    return a.name;
end
$$;

revoke execute on function payerlink_support_agents(), payerlink_support_link_account(uuid, text) from public;
grant execute on function payerlink_support_agents(), payerlink_support_link_account(uuid, text) to payerlink_app;
-- [jooq ignore stop]
