-- Payers know their members (issue 15): a management (payer) connection's organization members, re-read daily, each
-- flagged NEW or REMOVED until an operator has seen the change; members grouped into the MSP's customers (name,
-- contacts). A limited customer (MSP_LIMITED) gets its rows extracted from the MSP's payer by a CUR 2.0 export that
-- reads exactly its members' accounts. All tenant-owned and guarded by row-level security.

-- An MSP's end customer: a name, whom to tell, and for a limited customer where its extraction goes.
create table customer
(
    id                 uuid primary key,
    tenant_id          uuid           not null references tenant (id),
    name               varchar(200)   not null,
    contact_emails     varchar(254)[] not null default '{}',
    -- limited customers: the portal's MSP_LIMITED account that receives the extraction (the customer's own account)
    limited_account_id uuid references customer_account (id) on delete set null,
    -- the billing view of an AWS Billing Conductor billing group, when the MSP uses one instead of a row filter
    billing_view_arn   varchar(2048),
    -- the CUR 2.0 export created in the MSP's payer for this customer, once created
    export_arn         varchar(2048),
    created_at         timestamptz    not null default now(),
    updated_at         timestamptz    not null default now(),
    version            integer        not null default 1
);
create index customer_name_idx on customer (tenant_id, name, id);

-- A member account of a payer connection's organization, as Organizations last listed it.
create table payer_member
(
    tenant_id     uuid         not null references tenant (id),
    payer_id      uuid         not null references customer_account (id) on delete cascade,
    account_id    char(12)     not null,
    name          varchar(200) not null,
    email         varchar(254) not null default '',
    status        varchar(20)  not null default 'ACTIVE',
    customer_id   uuid references customer (id) on delete set null,
    -- NEW: appeared after the first sync; REMOVED: no longer listed; '' once an operator has seen the change
    flag          varchar(10)  not null default '',
    first_seen_at timestamptz  not null default now(),
    last_seen_at  timestamptz  not null default now(),
    removed_at    timestamptz,
    primary key (payer_id, account_id),
    constraint payer_member_id_digits check (account_id ~ '^[0-9]{12}$'),
    constraint payer_member_flag check (flag in ('', 'NEW', 'REMOVED'))
);
create index payer_member_customer_idx on payer_member (customer_id);

-- The last sync of a payer's members: when, how many, and why it failed if it did.
create table payer_sync
(
    payer_id        uuid primary key references customer_account (id) on delete cascade,
    tenant_id       uuid          not null references tenant (id),
    -- the first and the last sync that read the organization (null: none did yet)
    first_synced_at timestamptz,
    synced_at       timestamptz,
    tried_at        timestamptz   not null default now(),
    member_count    integer       not null default 0,
    problem         varchar(1000) not null default ''
);

-- MSP_MULTIPLE: the enablement ticket is submitted by itself once the connection passes verification (off unless
-- an org admin turns it on)
alter table connection_settings add column submit_enablement_ticket boolean not null default false;

-- [jooq ignore start]
create index payer_member_flagged_idx on payer_member (tenant_id, payer_id) where flag <> '';
create unique index customer_unique_name_idx on customer (tenant_id, lower(name));

do $$
declare
    t text;
begin
    foreach t in array array['customer', 'payer_member', 'payer_sync']
    loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format('create policy tenant_isolation on %I using (tenant_id = payerlink_tenant())'
                       ' with check (tenant_id = payerlink_tenant())', t);
        execute format('create policy schema_owner on %I to %I using (true) with check (true)', t, current_user);
        execute format('create trigger keep_tenant before update of tenant_id on %I for each row '
                       'when (old.tenant_id is distinct from new.tenant_id) execute function payerlink_keep_tenant()', t);
    end loop;
end
$$;
-- [jooq ignore stop]
