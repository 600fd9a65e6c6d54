-- Bulk CSV imports of account lists: one row per applied import (file, who, when, counts).
-- The accounts themselves are written to customer_account / account_history in the same transaction.

create table account_import
(
    id              uuid primary key,
    tenant_id       uuid         not null references tenant (id),
    file_name       varchar(255) not null,
    imported_by     varchar(254) not null,
    imported_at     timestamptz  not null default now(),
    total_rows      integer      not null,
    created_count   integer      not null,
    updated_count   integer      not null,
    unchanged_count integer      not null,
    padded_count    integer      not null default 0,
    constraint account_import_counts check (total_rows = created_count + updated_count + unchanged_count
        and least(created_count, updated_count, unchanged_count, padded_count) >= 0)
);
-- the history list: newest first, per tenant
create index account_import_tenant_idx on account_import (tenant_id, imported_at desc);

-- [jooq ignore start]
alter table account_import enable row level security;
alter table account_import force row level security;
create policy tenant_isolation on account_import
    using (tenant_id = payerlink_tenant())
    with check (tenant_id = payerlink_tenant());
-- [jooq ignore stop]
