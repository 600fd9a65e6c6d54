-- Support tickets (with their accounts and comments), end-customer invitations, and the e-mail outbox.
-- All tenant-owned and guarded by row-level security. Support agents (no tenant) reach tickets and
-- comments of every tenant, and nothing else; internal comments stay hidden from tenant users.

create table ticket_counter
(
    tenant_id   uuid primary key references tenant (id),
    last_number integer not null
);

create table ticket
(
    id              uuid primary key,
    tenant_id       uuid         not null references tenant (id),
    number          integer      not null,
    reference       varchar(20)  not null,
    tenant_name     varchar(120) not null,
    subject         varchar(200) not null,
    description     text         not null default '',
    priority        varchar(10)  not null default 'NORMAL',
    status          varchar(25)  not null default 'DRAFT',
    origin          varchar(25)  not null default 'MANUAL',
    requester_email varchar(254),
    created_by      varchar(254) not null,
    created_at      timestamptz  not null default now(),
    updated_by      varchar(254) not null,
    updated_at      timestamptz  not null default now(),
    version         integer      not null default 1,
    constraint ticket_number_unique unique (tenant_id, number),
    constraint ticket_priority check (priority in ('LOW', 'NORMAL', 'HIGH', 'URGENT')),
    constraint ticket_status check (status in ('DRAFT', 'OPEN', 'IN_PROGRESS', 'WAITING_ON_CUSTOMER', 'RESOLVED', 'CLOSED')),
    constraint ticket_origin check (origin in ('MANUAL', 'CONNECTION_REGISTERED'))
);
create index ticket_tenant_updated_idx on ticket (tenant_id, updated_at desc, id);
create index ticket_status_updated_idx on ticket (status, updated_at desc, id);

-- the accounts a ticket is about, as they were when linked: agents may not read customer accounts
create table ticket_account
(
    ticket_id           uuid         not null references ticket (id) on delete cascade,
    tenant_id           uuid         not null references tenant (id),
    customer_account_id uuid         not null,
    account_name        varchar(200) not null,
    aws_account_id      char(12)     not null,
    partition           varchar(6)   not null,
    primary key (ticket_id, customer_account_id)
);

create table ticket_comment
(
    id          bigint generated always as identity primary key,
    ticket_id   uuid         not null references ticket (id) on delete cascade,
    tenant_id   uuid         not null references tenant (id),
    author      varchar(254) not null,
    author_role varchar(20)  not null,
    body        text         not null,
    internal    boolean      not null default false,
    -- "status: Open → In progress" for a status change, else null
    status_change varchar(80),
    created_at  timestamptz  not null default now()
);
create index ticket_comment_ticket_idx on ticket_comment (ticket_id, created_at, id);

create table invitation
(
    id                  uuid primary key,
    tenant_id           uuid          not null references tenant (id),
    customer_account_id uuid          not null,
    -- SHA-256 of the token, hex; the token itself is only in the e-mail
    token_hash          char(64)      not null unique,
    sent_to             varchar(254)[] not null,
    created_by          varchar(254)  not null,
    created_at          timestamptz   not null default now(),
    expires_at          timestamptz   not null,
    opened_at           timestamptz,
    completed_at        timestamptz,
    revoked_at          timestamptz,
    revoked_by          varchar(254),
    constraint invitation_hash_hex check (token_hash ~ '^[0-9a-f]{64}$')
);
-- one current (unrevoked) invitation per account: resending revokes the old one first
create unique index invitation_current_idx on invitation (customer_account_id) where revoked_at is null;
create index invitation_tenant_idx on invitation (tenant_id, created_at desc);

create table email_outbox
(
    id              bigint generated always as identity primary key,
    tenant_id       uuid          not null references tenant (id),
    kind            varchar(30)   not null,
    recipient       varchar(254)  not null,
    subject         varchar(300)  not null,
    text_body       text          not null,
    html_body       text          not null,
    -- removed from both bodies once sent (e.g. an invitation's token)
    secret          varchar(200),
    -- the same key is queued once only (e.g. one "dashboards ready" per account and contact)
    dedup_key       varchar(200),
    status          varchar(10)   not null default 'QUEUED',
    attempts        integer       not null default 0,
    next_attempt_at timestamptz   not null default now(),
    last_error      text,
    created_at      timestamptz   not null default now(),
    sent_at         timestamptz,
    constraint email_outbox_status check (status in ('QUEUED', 'SENT', 'FAILED')),
    constraint email_outbox_dedup unique (tenant_id, dedup_key)
);
create index email_outbox_due_idx on email_outbox (next_attempt_at) where status = 'QUEUED';
create index email_outbox_tenant_idx on email_outbox (tenant_id, created_at desc, id);

-- [jooq ignore start]
alter table ticket_counter enable row level security;
alter table ticket_counter force row level security;
create policy tenant_isolation on ticket_counter
    using (tenant_id = payerlink_tenant())
    with check (tenant_id = payerlink_tenant());

-- agents see submitted tickets of every tenant (never a tenant's drafts) and cannot create or delete them
alter table ticket enable row level security;
alter table ticket force row level security;
create policy tenant_isolation on ticket
    using (tenant_id = payerlink_tenant())
    with check (tenant_id = payerlink_tenant());
create policy support_read on ticket for select
    using (payerlink_role() = 'SUPPORT_AGENT' and status <> 'DRAFT');
create policy support_update on ticket for update
    using (payerlink_role() = 'SUPPORT_AGENT' and status <> 'DRAFT')
    with check (payerlink_role() = 'SUPPORT_AGENT' and status <> 'DRAFT');

alter table ticket_account enable row level security;
alter table ticket_account force row level security;
create policy tenant_isolation on ticket_account
    using (tenant_id = payerlink_tenant())
    with check (tenant_id = payerlink_tenant());
create policy support_read on ticket_account for select
    using (payerlink_role() = 'SUPPORT_AGENT');

-- internal comments are for support agents only: tenant users neither read nor write them
alter table ticket_comment enable row level security;
alter table ticket_comment force row level security;
create policy tenant_isolation on ticket_comment
    using (tenant_id = payerlink_tenant() and internal = false)
    with check (tenant_id = payerlink_tenant() and internal = false);
create policy support_all on ticket_comment for select
    using (payerlink_role() = 'SUPPORT_AGENT');
create policy support_insert on ticket_comment for insert
    with check (payerlink_role() = 'SUPPORT_AGENT');

alter table invitation enable row level security;
alter table invitation force row level security;
create policy tenant_isolation on invitation
    using (tenant_id = payerlink_tenant())
    with check (tenant_id = payerlink_tenant());

alter table email_outbox enable row level security;
alter table email_outbox force row level security;
create policy tenant_isolation on email_outbox
    using (tenant_id = payerlink_tenant())
    with check (tenant_id = payerlink_tenant());

-- The public invitation page knows only a token. This returns what the holder of that token may
-- know: whether it is valid, expired or revoked, the MSP's name, and, only when valid, which
-- tenant and account it opens. Nothing else is reachable through it.
create function payerlink_invitation_lookup(p_token_hash text)
    returns table (status text, tenant_name varchar, invitation_id uuid, tenant_id uuid, customer_account_id uuid)
    language sql stable security definer set search_path = public, pg_temp
as $$
    select s.status, t.name,
           case when s.status = 'VALID' then i.id end,
           case when s.status = 'VALID' then i.tenant_id end,
           case when s.status = 'VALID' then i.customer_account_id end
    from invitation i
    join tenant t on t.id = i.tenant_id
    cross join lateral (select case when i.revoked_at is not null then 'REVOKED'
                                    when i.expires_at <= now() then 'EXPIRED'
                                    else 'VALID' end as status) s
    where i.token_hash = p_token_hash
$$;

-- The outbox sender serves every tenant: this names the tenants with mail due, nothing more; the
-- sender then works on each in that tenant's own scope.
create function payerlink_outbox_due_tenants()
    returns setof uuid
    language sql stable security definer set search_path = public, pg_temp
as $$
    select distinct tenant_id from email_outbox where status = 'QUEUED' and next_attempt_at <= now()
$$;

revoke all on function payerlink_invitation_lookup(text) from public;
revoke all on function payerlink_outbox_due_tenants() from public;
grant execute on function payerlink_invitation_lookup(text), payerlink_outbox_due_tenants() to payerlink_app;
-- [jooq ignore stop]
