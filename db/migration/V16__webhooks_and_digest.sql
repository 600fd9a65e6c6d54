-- Notifications (issue 12, item 5): per-tenant webhooks with a durable delivery queue and its log, and the
-- daily digest mail that each user may switch off. All tenant-owned and guarded by row-level security.

-- An org admin's endpoint: where events go, which events, and the secret that signs them.
create table webhook
(
    id          uuid primary key,
    tenant_id   uuid          not null references tenant (id),
    url         varchar(2000) not null,
    -- the event types it receives, e.g. {account.state_changed, account.health_degraded}
    events      varchar(40)[] not null,
    secret      varchar(100)  not null,
    enabled     boolean       not null default true,
    created_by  varchar(254)  not null,
    created_at  timestamptz   not null default now(),
    version     integer       not null default 1
);
create index webhook_tenant_idx on webhook (tenant_id, created_at);

-- One event for one webhook: queued in the transaction of the change it reports, then delivered with retries.
create table webhook_delivery
(
    id               bigint generated always as identity primary key,
    tenant_id        uuid         not null references tenant (id),
    webhook_id       uuid         not null references webhook (id) on delete cascade,
    event_id         uuid         not null,
    event_type       varchar(40)  not null,
    payload          text         not null,
    status           varchar(10)  not null default 'QUEUED',
    attempts         integer      not null default 0,
    next_attempt_at  timestamptz  not null default now(),
    last_status_code integer,
    last_error       text,
    created_at       timestamptz  not null default now(),
    delivered_at     timestamptz,
    constraint webhook_delivery_status check (status in ('QUEUED', 'DELIVERED', 'FAILED')),
    constraint webhook_delivery_once unique (webhook_id, event_id)
);
create index webhook_delivery_log_idx on webhook_delivery (webhook_id, created_at desc, id);

-- Every attempt of a delivery, with the receiver's answer: the delivery log.
create table webhook_attempt
(
    id           bigint generated always as identity primary key,
    tenant_id    uuid        not null references tenant (id),
    delivery_id  bigint      not null references webhook_delivery (id) on delete cascade,
    attempted_at timestamptz not null default now(),
    status_code  integer,
    error        text,
    duration_ms  integer     not null
);
create index webhook_attempt_delivery_idx on webhook_attempt (delivery_id, attempted_at);

-- A user who does not want the daily digest (org admins get it unless they are listed here).
create table digest_opt_out
(
    user_id    uuid primary key references app_user (id) on delete cascade,
    tenant_id  uuid        not null references tenant (id),
    created_at timestamptz not null default now()
);

-- [jooq ignore start]
create index webhook_delivery_due_idx on webhook_delivery (next_attempt_at) where status = 'QUEUED';

do $$
declare
    t text;
begin
    foreach t in array array['webhook', 'webhook_delivery', 'webhook_attempt', 'digest_opt_out']
    loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format('create policy tenant_isolation on %I using (tenant_id = payerlink_tenant())'
                       ' with check (tenant_id = payerlink_tenant())', t);
        -- as V8: the owner (migrations, the function below) passes
        execute format('create policy schema_owner on %I to %I using (true) with check (true)', t, current_user);
        -- as V10: a row never moves to another tenant
        execute format('create trigger keep_tenant before update of tenant_id on %I for each row '
                       'when (old.tenant_id is distinct from new.tenant_id) execute function payerlink_keep_tenant()', t);
    end loop;
end
$$;

-- The delivery job serves every tenant: this names the tenants with deliveries due, nothing more; the job then
-- works on each in that tenant's own scope.
create function payerlink_webhook_due_tenants()
    returns setof uuid
    language sql stable security definer set search_path = public, pg_temp
as $$
    select distinct tenant_id from webhook_delivery where status = 'QUEUED' and next_attempt_at <= now()
$$;
revoke all on function payerlink_webhook_due_tenants() from public;
grant execute on function payerlink_webhook_due_tenants() to payerlink_app;
-- [jooq ignore stop]
