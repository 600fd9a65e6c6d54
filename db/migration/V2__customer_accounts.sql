-- Customer accounts: one row per AWS account an MSP connects, with its wizard progress and state,
-- and the history of every change to it. Both tables are tenant-owned and guarded by row-level security.

create table customer_account
(
    id                       uuid primary key,
    tenant_id                uuid          not null references tenant (id),
    partition                varchar(6)    not null,
    account_id               char(12)      not null,
    name                     varchar(200)  not null,
    connection_method        varchar(20)   not null,
    contact_emails           varchar(254)[] not null default '{}',
    products                 varchar(40)[] not null default '{COST_ANALYTICS}',
    billing_access_confirmed boolean       not null default false,
    create_cur               boolean       not null default false,
    cur_bucket               varchar(63),
    cur_report_name          varchar(256),
    cur_prefix               varchar(256),
    cur_bucket_region        varchar(20),
    cur_settings_confirmed   boolean       not null default false,
    external_id              varchar(64)   not null unique,
    role_arns                varchar(2048)[] not null default '{}',
    wizard_step              smallint      not null default 1,
    state                    varchar(30)   not null default 'DRAFT',
    registered_at            timestamptz,
    registered_by            varchar(254),
    created_at               timestamptz   not null default now(),
    updated_at               timestamptz   not null default now(),
    version                  integer       not null default 1,
    constraint customer_account_key unique (tenant_id, partition, account_id),
    constraint customer_account_partition check (partition in ('aws', 'aws-cn')),
    constraint customer_account_id_digits check (account_id ~ '^[0-9]{12}$'),
    constraint customer_account_method check (connection_method in
        ('DIRECT_MANAGEMENT', 'MSP_SINGLE', 'MSP_MULTIPLE', 'MSP_LIMITED')),
    constraint customer_account_step check (wizard_step between 1 and 6),
    constraint customer_account_state check (state in ('DRAFT', 'IN_PROGRESS', 'AWAITING_VERIFICATION', 'VERIFYING',
        'VERIFICATION_FAILED', 'AWAITING_SUPPORT', 'PROCESSING', 'READY', 'DISCONNECTED'))
);
-- the grid: a page of one tenant's accounts, sorted, optionally filtered by state
create index customer_account_name_idx on customer_account (tenant_id, name, id);
create index customer_account_state_name_idx on customer_account (tenant_id, state, name, id);
create index customer_account_updated_idx on customer_account (tenant_id, updated_at, id);
create index customer_account_account_id_idx on customer_account (tenant_id, account_id);

create table account_history
(
    id                  bigint generated always as identity primary key,
    tenant_id           uuid         not null references tenant (id),
    customer_account_id uuid         not null references customer_account (id) on delete cascade,
    actor               varchar(254) not null,
    action              varchar(40)  not null,
    step                smallint,
    detail              text         not null default '',
    created_at          timestamptz  not null default now()
);
create index account_history_account_idx on account_history (customer_account_id, created_at);

-- [jooq ignore start]
alter table customer_account enable row level security;
alter table customer_account force row level security;
create policy tenant_isolation on customer_account
    using (tenant_id = payerlink_tenant())
    with check (tenant_id = payerlink_tenant());

alter table account_history enable row level security;
alter table account_history force row level security;
create policy tenant_isolation on account_history
    using (tenant_id = payerlink_tenant())
    with check (tenant_id = payerlink_tenant());
-- [jooq ignore stop]
