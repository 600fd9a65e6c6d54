-- Issue 16, item 2: two-factor sign-in with TOTP (RFC 6238). A user's authenticator secret (encrypted by the portal,
-- never in plain text), the last time step a code was accepted for (so a code is never accepted twice), the ten
-- recovery codes (only their keyed hashes) and each tenant's choice to require two-factor sign-in.

create table user_two_factor
(
    user_id        uuid primary key references app_user (id) on delete cascade,
    -- AES-256-GCM of the base32 secret under the portal's two-factor key
    secret_sealed  text        not null,
    -- null while the user is still setting it up (the secret was shown, no code has confirmed it yet)
    confirmed_at   timestamptz,
    last_used_step bigint      not null default 0,
    created_at     timestamptz not null default now()
);

create table two_factor_recovery_code
(
    id        bigint generated always as identity primary key,
    user_id   uuid     not null references app_user (id) on delete cascade,
    -- HMAC-SHA-256 (hex) of the code under the portal's two-factor key
    code_hash char(64) not null,
    used_at   timestamptz,
    constraint two_factor_recovery_code_unique unique (user_id, code_hash)
);

create table tenant_two_factor
(
    tenant_id  uuid primary key references tenant (id),
    required   boolean     not null default false,
    updated_at timestamptz not null default now()
);

-- [jooq ignore start]
-- a user's secret and recovery codes are the user's own: the sign-in's second step and the user's own
-- settings act in the user's scope; nobody else (no org admin, no platform admin) reads them
alter table user_two_factor enable row level security;
alter table user_two_factor force row level security;
create policy own_row on user_two_factor
    using (user_id = nullif(current_setting('payerlink.user_id', true), '')::uuid)
    with check (user_id = nullif(current_setting('payerlink.user_id', true), '')::uuid);
create policy schema_owner on user_two_factor to current_user using (true) with check (true);

alter table two_factor_recovery_code enable row level security;
alter table two_factor_recovery_code force row level security;
create policy own_row on two_factor_recovery_code
    using (user_id = nullif(current_setting('payerlink.user_id', true), '')::uuid)
    with check (user_id = nullif(current_setting('payerlink.user_id', true), '')::uuid);
create policy schema_owner on two_factor_recovery_code to current_user using (true) with check (true);

alter table tenant_two_factor enable row level security;
alter table tenant_two_factor force row level security;
create policy tenant_isolation on tenant_two_factor
    using (tenant_id = payerlink_tenant())
    with check (tenant_id = payerlink_tenant());
create policy schema_owner on tenant_two_factor to current_user using (true) with check (true);
create trigger keep_tenant before update of tenant_id on tenant_two_factor for each row
    when (old.tenant_id is distinct from new.tenant_id) execute function payerlink_keep_tenant();
-- [jooq ignore stop]
