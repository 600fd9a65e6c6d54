-- The stack reports back (issue 11, items 2 and 3): the callback secrets a stack proves itself with (only their
-- SHA-256), every report received (so a replay changes nothing), and each tenant's choice to register connections
-- when their stack reports back.

-- A secret per account (its own stack) and per management account (the StackSet of its organization's members).
-- The secret is derived from the portal's callback key, the account and its ExternalId, so the portal can show it
-- again in a link; the database keeps only its hash, and the ExternalId it was made for (a new ExternalId, a new
-- secret: the old stack's reports are refused).
create table callback_secret
(
    tenant_id           uuid         not null references tenant (id),
    customer_account_id uuid         not null references customer_account (id) on delete cascade,
    kind                varchar(10)  not null,
    external_id         varchar(64)  not null,
    secret_hash         char(64)     not null primary key,
    created_at          timestamptz  not null default now(),
    constraint callback_secret_kind check (kind in ('ACCOUNT', 'STACKSET')),
    constraint callback_secret_hash_hex check (secret_hash ~ '^[0-9a-f]{64}$')
);
create index callback_secret_account_idx on callback_secret (customer_account_id);

-- Every report a stack sent, once per CloudFormation request (RequestId and type): a replay finds its row.
create table stack_report
(
    id                  bigint generated always as identity primary key,
    tenant_id           uuid          not null references tenant (id),
    customer_account_id uuid          not null references customer_account (id) on delete cascade,
    request_id          varchar(200)  not null,
    request_type        varchar(10)   not null,
    stack_id            varchar(1024) not null,
    region              varchar(30)   not null,
    role_arn            varchar(2048) not null default '',
    outcome             varchar(1000) not null,
    received_at         timestamptz   not null default now(),
    constraint stack_report_type check (request_type in ('Create', 'Update', 'Delete')),
    constraint stack_report_once unique (customer_account_id, request_id, request_type)
);

-- When the account's stack last reported; null: it reported nothing (the wizard asks for the role ARN).
alter table customer_account add column stack_reported_at timestamptz;

-- A tenant's choices for its connections; no row means the defaults.
create table connection_settings
(
    tenant_id                uuid         primary key references tenant (id),
    register_on_stack_report boolean      not null default true,
    updated_by               varchar(254) not null,
    updated_at               timestamptz  not null default now(),
    version                  integer      not null default 1
);

-- [jooq ignore start]
alter table callback_secret enable row level security;
alter table callback_secret force row level security;
create policy tenant_isolation on callback_secret
    using (tenant_id = payerlink_tenant())
    with check (tenant_id = payerlink_tenant());
create policy schema_owner on callback_secret to current_user using (true) with check (true);

alter table stack_report enable row level security;
alter table stack_report force row level security;
create policy tenant_isolation on stack_report
    using (tenant_id = payerlink_tenant())
    with check (tenant_id = payerlink_tenant());
create policy schema_owner on stack_report to current_user using (true) with check (true);

alter table connection_settings enable row level security;
alter table connection_settings force row level security;
create policy tenant_isolation on connection_settings
    using (tenant_id = payerlink_tenant())
    with check (tenant_id = payerlink_tenant());
create policy schema_owner on connection_settings to current_user using (true) with check (true);

create trigger keep_tenant before update of tenant_id on callback_secret for each row
    when (old.tenant_id is distinct from new.tenant_id) execute function payerlink_keep_tenant();
create trigger keep_tenant before update of tenant_id on stack_report for each row
    when (old.tenant_id is distinct from new.tenant_id) execute function payerlink_keep_tenant();
create trigger keep_tenant before update of tenant_id on connection_settings for each row
    when (old.tenant_id is distinct from new.tenant_id) execute function payerlink_keep_tenant();

-- A stack's report comes without a tenant: it knows only its secret. This names the tenant, account and kind the
-- secret's hash belongs to, and nothing else; the portal then works in that tenant's scope.
create function payerlink_callback_secret_lookup(p_secret_hash text)
    returns table (tenant_id uuid, customer_account_id uuid, kind varchar, external_id varchar)
    language sql stable security definer set search_path = public, pg_temp
as $$
    select s.tenant_id, s.customer_account_id, s.kind, s.external_id from callback_secret s
    where s.secret_hash = p_secret_hash
$$;
revoke all on function payerlink_callback_secret_lookup(text) from public;
grant execute on function payerlink_callback_secret_lookup(text) to payerlink_app;
-- [jooq ignore stop]
