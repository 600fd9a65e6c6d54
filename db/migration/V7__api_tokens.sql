-- API tokens: an org admin's tokens for scripts that call the REST API on the tenant's behalf.
-- Only the SHA-256 hash of a token's secret is stored; the secret is shown once, when it is created.

create table api_token
(
    id           uuid primary key,
    tenant_id    uuid         not null references tenant (id),
    name         varchar(80)  not null,
    role         varchar(20)  not null,
    secret_hash  char(64)     not null unique,
    created_by   varchar(254) not null,
    created_at   timestamptz  not null default now(),
    expires_at   timestamptz,
    last_used_at timestamptz,
    revoked_at   timestamptz,
    revoked_by   varchar(254),
    constraint api_token_role check (role in ('OPERATOR', 'VIEWER')),
    constraint api_token_hash_hex check (secret_hash ~ '^[0-9a-f]{64}$')
);
create index api_token_tenant_idx on api_token (tenant_id, created_at);

-- [jooq ignore start]
alter table api_token enable row level security;
alter table api_token force row level security;
create policy tenant_isolation on api_token
    using (tenant_id = payerlink_tenant())
    with check (tenant_id = payerlink_tenant());

-- A request's token is checked before any tenant is known: these narrow functions (owner rights) are
-- the only way around the policy. The first finds one token by the hash of the presented secret.
create function payerlink_api_token(p_secret_hash text)
    returns table (id uuid, tenant_id uuid, tenant_name varchar, name varchar, role varchar,
                   expires_at timestamptz, revoked_at timestamptz)
    language sql stable security definer set search_path = public, pg_temp
as $$
    select k.id, k.tenant_id, t.name, k.name, k.role, k.expires_at, k.revoked_at
    from api_token k join tenant t on t.id = k.tenant_id
    where k.secret_hash = p_secret_hash
$$;

-- Stamps a token's last use; at most once a minute, so busy scripts do not write on every request.
create function payerlink_api_token_used(p_token uuid)
    returns void
    language sql security definer set search_path = public, pg_temp
as $$
    update api_token set last_used_at = now()
    where id = p_token and (last_used_at is null or last_used_at < now() - interval '1 minute')
$$;

revoke all on function payerlink_api_token(text) from public;
revoke all on function payerlink_api_token_used(uuid) from public;
grant execute on function payerlink_api_token(text), payerlink_api_token_used(uuid) to payerlink_app;
-- [jooq ignore stop]
