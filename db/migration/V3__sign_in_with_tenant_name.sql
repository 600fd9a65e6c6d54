-- The sign-in lookup also returns the tenant's name, so the signed-in user's header can show it
-- without a second query (and without the shell depending on the tenant feature).

-- [jooq ignore start]
drop function payerlink_login_user(text);

create function payerlink_login_user(p_email text)
    returns table (id uuid, tenant_id uuid, tenant_name varchar, email varchar, display_name varchar,
                   password_hash varchar, role varchar, enabled boolean, locked_until timestamptz)
    language sql stable security definer set search_path = public, pg_temp
as $$
    select u.id, u.tenant_id, t.name, u.email, u.display_name, u.password_hash, u.role, u.enabled, u.locked_until
    from app_user u left join tenant t on t.id = u.tenant_id
    where u.email = lower(p_email)
$$;

revoke all on function payerlink_login_user(text) from public;
grant execute on function payerlink_login_user(text) to payerlink_app;
-- [jooq ignore stop]
