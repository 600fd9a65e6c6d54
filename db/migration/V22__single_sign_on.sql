-- Single sign-on with OpenID Connect per tenant (issue 16, item 1). An org admin names the tenant's identity
-- provider (issuer URL, client id and secret), the e-mail domains that sign in through it and the role that users
-- created at their first sign-in get; "SSO only" refuses password sign-in to the tenant's users.

-- One identity provider per tenant. The client secret is sealed with AES-256-GCM by the portal
-- (payerlink.sso.secret-key), never stored in clear.
create table tenant_sso
(
    tenant_id            uuid primary key references tenant (id),
    issuer_url           varchar(500) not null,
    client_id            varchar(255) not null,
    client_secret_sealed text         not null,
    new_user_role        varchar(20)  not null default 'VIEWER',
    sso_only             boolean      not null default false,
    updated_at           timestamptz  not null default now(),
    version              integer      not null default 1,
    constraint tenant_sso_new_user_role check (new_user_role in ('ORG_ADMIN', 'OPERATOR', 'VIEWER'))
);

-- The e-mail domains that sign in through a tenant's provider: a domain belongs to one tenant only (primary key),
-- so an e-mail address leads to exactly one tenant.
create table tenant_sso_domain
(
    domain    varchar(253) primary key,
    tenant_id uuid not null references tenant_sso (tenant_id) on delete cascade,
    constraint tenant_sso_domain_lower check (domain = lower(domain))
);
create index tenant_sso_domain_tenant_idx on tenant_sso_domain (tenant_id);

-- [jooq ignore start]
do $$
declare
    t text;
begin
    foreach t in array array['tenant_sso', 'tenant_sso_domain']
    loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format('create policy tenant_isolation on %I using (tenant_id = payerlink_tenant())'
                       ' with check (tenant_id = payerlink_tenant())', t);
        -- as V8: the owner (migrations, the sign-in functions below) passes
        execute format('create policy schema_owner on %I to %I using (true) with check (true)', t, current_user);
        -- as V10: a row never moves to another tenant
        execute format('create trigger keep_tenant before update of tenant_id on %I for each row '
                       'when (old.tenant_id is distinct from new.tenant_id) execute function payerlink_keep_tenant()', t);
    end loop;
end
$$;

-- Sign-in by SSO happens before any tenant is known. As the password sign-in's (V1, V10), these narrow functions
-- run with the owner's rights, each for one domain, tenant or e-mail address, and only the sign-in pool
-- (payerlink_signin) may call them.

-- The tenant whose provider signs in the e-mail domain, if any.
create function payerlink_sso_tenant_for_domain(p_domain text)
    returns uuid
    language sql stable security definer set search_path = public, pg_temp
as $$
    select tenant_id from tenant_sso_domain where domain = lower(trim(p_domain))
$$;

-- A tenant's provider, as the OpenID Connect client needs it, with the tenant's allowed domains.
create function payerlink_sso_provider(p_tenant uuid)
    returns table (tenant_id uuid, tenant_name varchar, issuer_url varchar, client_id varchar,
                   client_secret_sealed text, new_user_role varchar, sso_only boolean, domains text[])
    language sql stable security definer set search_path = public, pg_temp
as $$
    select s.tenant_id, t.name, s.issuer_url, s.client_id, s.client_secret_sealed, s.new_user_role, s.sso_only,
           array(select d.domain::text from tenant_sso_domain d where d.tenant_id = s.tenant_id order by d.domain)
    from tenant_sso s join tenant t on t.id = s.tenant_id
    where s.tenant_id = p_tenant
$$;

-- The user an id_token of the tenant's provider signs in: matched by e-mail address within that tenant only, or
-- created just in time with the tenant's role when the address is in one of the tenant's domains and nobody has it.
-- Returns no row when the address is not in the tenant's domains, or belongs to another tenant or to platform staff.
create function payerlink_sso_user(p_tenant uuid, p_email text, p_display_name text)
    returns table (id uuid, tenant_id uuid, tenant_name varchar, email varchar, display_name varchar, role varchar,
                   enabled boolean, security_stamp integer, created boolean)
    language plpgsql security definer set search_path = public, pg_temp
as $$
declare
    v_email   text := lower(trim(p_email));
    v_created boolean := false;
begin
    if not exists (select from tenant_sso_domain d
                   where d.tenant_id = p_tenant and d.domain = split_part(v_email, '@', 2)) then
        return;
    end if;
    insert into app_user (id, tenant_id, email, display_name, password_hash, role)
    select gen_random_uuid(), p_tenant, v_email, left(coalesce(nullif(trim(p_display_name), ''), v_email), 120),
           '{sso}', s.new_user_role
    from tenant_sso s where s.tenant_id = p_tenant
    on conflict on constraint app_user_email_key do nothing;
    v_created := found;
    return query
        select u.id, u.tenant_id, t.name, u.email, u.display_name, u.role, u.enabled, u.security_stamp, v_created
        from app_user u join tenant t on t.id = u.tenant_id
        where u.email = v_email and u.tenant_id = p_tenant;
end
$$;

-- Whether the user's tenant refuses password sign-in ("SSO only"); never true for platform staff (no tenant).
create function payerlink_sso_only(p_user uuid)
    returns boolean
    language sql stable security definer set search_path = public, pg_temp
as $$
    select coalesce((select s.sso_only from app_user u join tenant_sso s on s.tenant_id = u.tenant_id
                     where u.id = p_user), false)
$$;

revoke all on function payerlink_sso_tenant_for_domain(text), payerlink_sso_provider(uuid),
    payerlink_sso_user(uuid, text, text), payerlink_sso_only(uuid) from public;
grant execute on function payerlink_sso_tenant_for_domain(text), payerlink_sso_provider(uuid),
    payerlink_sso_user(uuid, text, text), payerlink_sso_only(uuid) to payerlink_signin;
-- [jooq ignore stop]
