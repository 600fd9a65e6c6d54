-- Verification against AWS: durable jobs (db-scheduler), and every run with its checks.

-- db-scheduler 16.x's table for PostgreSQL, as its documentation gives it. Shared by every portal
-- node (that is how they share the work); not tenant-owned: the task data carries the tenant.
-- Only db-scheduler reads it, so jOOQ (whose DDL simulation cannot index text) skips it.
-- [jooq ignore start]
create table scheduled_tasks
(
    task_name            text                     not null,
    task_instance        text                     not null,
    task_data            bytea,
    execution_time       timestamp with time zone not null,
    picked               boolean                  not null,
    picked_by            text,
    last_success         timestamp with time zone,
    last_failure         timestamp with time zone,
    consecutive_failures int,
    last_heartbeat       timestamp with time zone,
    version              bigint                   not null,
    priority             smallint,
    primary key (task_name, task_instance)
);
create index execution_time_idx on scheduled_tasks (execution_time);
create index last_heartbeat_idx on scheduled_tasks (last_heartbeat);
create index priority_execution_time_idx on scheduled_tasks (priority desc, execution_time asc);
-- [jooq ignore stop]

-- When initial data processing began (the 72-hour window), and why the account is in its state
-- (e.g. the failed checks' codes), for the grid.
alter table customer_account add column processing_started_at timestamptz;
alter table customer_account add column state_detail varchar(500) not null default '';

-- One press of "Verify" (or one registration): the accounts it queued.
create table verification_batch
(
    id             uuid primary key,
    tenant_id      uuid         not null references tenant (id),
    requested_by   varchar(254) not null,
    total          integer      not null,
    not_eligible   integer      not null default 0,
    already_queued integer      not null default 0,
    created_at     timestamptz  not null default now()
);
create index verification_batch_tenant_idx on verification_batch (tenant_id, created_at);

-- One verification of one account: queued, running, then passed or failed, each exactly once.
create table verification_run
(
    id                  uuid primary key,
    tenant_id           uuid         not null references tenant (id),
    batch_id            uuid         not null references verification_batch (id) on delete cascade,
    customer_account_id uuid         not null references customer_account (id) on delete cascade,
    account_name        varchar(200) not null,
    aws_account_id      char(12)     not null,
    status              varchar(10)  not null default 'QUEUED',
    attempts            integer      not null default 0,
    queued_at           timestamptz  not null default now(),
    started_at          timestamptz,
    finished_at         timestamptz,
    constraint verification_run_status check (status in ('QUEUED', 'RUNNING', 'PASSED', 'FAILED'))
);
create index verification_run_batch_idx on verification_run (batch_id, status, account_name);
create index verification_run_account_idx on verification_run (customer_account_id, queued_at);

create table verification_check
(
    id       bigint generated always as identity primary key,
    tenant_id uuid        not null references tenant (id),
    run_id   uuid         not null references verification_run (id) on delete cascade,
    position smallint     not null,
    code     varchar(40)  not null,
    outcome  varchar(10)  not null,
    message  text         not null,
    fix      text         not null default '',
    constraint verification_check_outcome check (outcome in ('PASS', 'FAIL', 'WARN', 'SKIPPED'))
);
create index verification_check_run_idx on verification_check (run_id, position);

-- [jooq ignore start]
alter table verification_batch enable row level security;
alter table verification_batch force row level security;
create policy tenant_isolation on verification_batch
    using (tenant_id = payerlink_tenant())
    with check (tenant_id = payerlink_tenant());

alter table verification_run enable row level security;
alter table verification_run force row level security;
create policy tenant_isolation on verification_run
    using (tenant_id = payerlink_tenant())
    with check (tenant_id = payerlink_tenant());

alter table verification_check enable row level security;
alter table verification_check force row level security;
create policy tenant_isolation on verification_check
    using (tenant_id = payerlink_tenant())
    with check (tenant_id = payerlink_tenant());
-- [jooq ignore stop]
