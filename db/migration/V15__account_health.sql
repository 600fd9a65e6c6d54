-- Health after go-live (issue 12, item 4): READY and PROCESSING accounts are checked again against AWS, with the
-- checks of verification, on a schedule spread over the day. A failing check makes the account's health DEGRADED
-- with the failed checks' codes; a clean check makes it HEALTHY again. Health is no lifecycle state: a degraded
-- READY account stays READY (its dashboards may still show older data), and each change is a history line.

alter table customer_account add column health varchar(10) not null default 'HEALTHY';
alter table customer_account add column health_codes varchar(500) not null default '';
-- when the health last changed (null: never), and when it was last checked (null: not yet, so due first)
alter table customer_account add column health_changed_at timestamptz;
alter table customer_account add column health_checked_at timestamptz;
alter table customer_account add constraint customer_account_health check (health in ('HEALTHY', 'DEGRADED'));

-- [jooq ignore start]
-- the sweep: a tenant's due accounts, the least recently checked first
create index customer_account_health_due_idx on customer_account (tenant_id, health_checked_at nulls first, id)
    where state in ('READY', 'PROCESSING');
-- the grid's and the digest's "degraded" accounts
create index customer_account_degraded_idx on customer_account (tenant_id, health_changed_at) where health = 'DEGRADED';
-- [jooq ignore stop]
