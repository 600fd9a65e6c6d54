-- Tenants (MSPs), their users and platform staff, and the audit log.
-- Isolation: every tenant-owned row is guarded by row-level security on the setting
-- payerlink.tenant_id, which the portal binds on each connection it hands out.
-- The portal runs as payerlink_app (not the owner, not a superuser), so the policies apply.

-- [jooq ignore start]
do $$
begin
    if not exists (select from pg_roles where rolname = 'payerlink_app') then
        create role payerlink_app nologin;
    end if;
    -- the migrating (owner) user must be able to `set role payerlink_app` for the portal's pool
    execute format('grant payerlink_app to %I', current_user);
end
$$;

create function payerlink_tenant() returns uuid
    language sql stable
as $$ select nullif(current_setting('payerlink.tenant_id', true), '')::uuid $$;

create function payerlink_role() returns text
    language sql stable
as $$ select nullif(current_setting('payerlink.role', true), '') $$;
-- [jooq ignore stop]

create table tenant
(
    id         uuid primary key,
    name       varchar(120) not null unique,
    code       varchar(6)   not null unique,
    created_at timestamptz  not null default now(),
    version    integer      not null default 1,
    constraint tenant_code_format check (code ~ '^[A-Z]{2,6}$')
);

create table app_user
(
    id            uuid primary key,
    tenant_id     uuid references tenant (id),
    email         varchar(254) not null unique,
    display_name  varchar(120) not null,
    password_hash varchar(100) not null,
    role          varchar(20)  not null,
    enabled       boolean      not null default true,
    failed_logins integer      not null default 0,
    locked_until  timestamptz,
    created_at    timestamptz  not null default now(),
    version       integer      not null default 1,
    constraint app_user_email_lower check (email = lower(email)),
    constraint app_user_role_known check (role in ('PLATFORM_ADMIN', 'SUPPORT_AGENT', 'ORG_ADMIN', 'OPERATOR', 'VIEWER')),
    -- platform staff belong to no tenant; everybody else to exactly one
    constraint app_user_role_scope check ((tenant_id is null) = (role in ('PLATFORM_ADMIN', 'SUPPORT_AGENT')))
);
create index app_user_tenant_idx on app_user (tenant_id);

create table audit_log
(
    id          bigint generated always as identity primary key,
    tenant_id   uuid references tenant (id),
    actor_id    uuid,
    actor_email varchar(254) not null,
    action      varchar(60)  not null,
    detail      text         not null default '',
    created_at  timestamptz  not null default now()
);
create index audit_log_tenant_idx on audit_log (tenant_id, created_at);

-- [jooq ignore start]
alter table tenant enable row level security;
alter table tenant force row level security;
create policy tenant_read on tenant for select
    using (id = payerlink_tenant() or payerlink_role() in ('PLATFORM_ADMIN', 'SUPPORT_AGENT'));
create policy tenant_write on tenant for insert
    with check (payerlink_role() = 'PLATFORM_ADMIN');
create policy tenant_update on tenant for update
    using (payerlink_role() = 'PLATFORM_ADMIN') with check (payerlink_role() = 'PLATFORM_ADMIN');

alter table app_user enable row level security;
alter table app_user force row level security;
create policy tenant_isolation on app_user
    using (tenant_id = payerlink_tenant() or payerlink_role() = 'PLATFORM_ADMIN')
    with check (tenant_id = payerlink_tenant() or payerlink_role() = 'PLATFORM_ADMIN');

alter table audit_log enable row level security;
alter table audit_log force row level security;
create policy tenant_isolation on audit_log
    using (tenant_id = payerlink_tenant() or payerlink_role() = 'PLATFORM_ADMIN')
    with check (tenant_id = payerlink_tenant() or payerlink_role() = 'PLATFORM_ADMIN'
                or (tenant_id is null and payerlink_role() is not null));

-- Sign-in happens before any tenant is known: these narrow functions (owner rights) are the
-- only way around the policies, and each does one thing for one e-mail address.
create function payerlink_login_user(p_email text)
    returns table (id uuid, tenant_id uuid, email varchar, display_name varchar, password_hash varchar,
                   role varchar, enabled boolean, locked_until timestamptz)
    language sql stable security definer set search_path = public, pg_temp
as $$
    select u.id, u.tenant_id, u.email, u.display_name, u.password_hash, u.role, u.enabled, u.locked_until
    from app_user u where u.email = lower(p_email)
$$;

-- Counts a failed sign-in; at p_max failures the user is locked for p_lock. Returns the lock's end, if locked.
create function payerlink_login_failed(p_email text, p_max integer, p_lock interval)
    returns timestamptz
    language plpgsql security definer set search_path = public, pg_temp
as $$
declare
    u app_user%rowtype;
begin
    select * into u from app_user where email = lower(p_email) for update;
    if not found then
        return null;
    end if;
    if u.locked_until is not null and u.locked_until > now() then
        return u.locked_until;
    end if;
    if u.failed_logins + 1 >= p_max then
        update app_user set failed_logins = 0, locked_until = now() + p_lock where id = u.id
            returning locked_until into u.locked_until;
        insert into audit_log (tenant_id, actor_id, actor_email, action, detail)
        values (u.tenant_id, u.id, u.email, 'USER_LOCKED', p_max || ' failed sign-ins');
        return u.locked_until;
    end if;
    update app_user set failed_logins = failed_logins + 1, locked_until = null where id = u.id;
    return null;
end
$$;

create function payerlink_login_succeeded(p_user uuid)
    returns void
    language sql security definer set search_path = public, pg_temp
as $$
    update app_user set failed_logins = 0, locked_until = null
    where id = p_user and (failed_logins <> 0 or locked_until is not null)
$$;

revoke all on function payerlink_login_user(text) from public;
revoke all on function payerlink_login_failed(text, integer, interval) from public;
revoke all on function payerlink_login_succeeded(uuid) from public;

grant usage on schema public to payerlink_app;
grant select, insert, update, delete on tenant, app_user, audit_log to payerlink_app;
grant usage on all sequences in schema public to payerlink_app;
grant execute on function payerlink_tenant(), payerlink_role(),
    payerlink_login_user(text), payerlink_login_failed(text, integer, interval),
    payerlink_login_succeeded(uuid) to payerlink_app;
-- later migrations' tables and sequences are granted to the portal's role automatically
alter default privileges in schema public grant select, insert, update, delete on tables to payerlink_app;
alter default privileges in schema public grant usage on sequences to payerlink_app;
-- [jooq ignore stop]
