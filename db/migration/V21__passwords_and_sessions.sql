-- Self-service passwords and the user's own sessions (issue 16, items 3 and 4), and the platform admin's view of a
-- tenant's sign-in pauses (issue 13, item 6).
--
-- 1. password_token: one-time links that set a password ("Forgot password", an invitation to set your password).
--    Only the SHA-256 of a token is stored; a token works once and until it expires. Asking for a reset and using a
--    link happen before anyone is signed in, so they go through narrow security-definer functions that only the
--    sign-in role (payerlink_signin) may execute, as the sign-in lookup does.
-- 2. app_user.must_change_password: the first platform admin's generated password must be changed at first sign-in.
-- 3. user_session: the signed-in sessions of each user ("Your sessions"), readable by that user only (and counted
--    for platform admins); every request of a session checks its row, so "Sign out" ends a session on any node.
-- 4. A security stamp raised explicitly (sign out everywhere) is kept by the stamp trigger.

alter table app_user add column must_change_password boolean not null default false;

create table password_token
(
    token_hash char(64) primary key,
    user_id    uuid        not null references app_user (id) on delete cascade,
    tenant_id  uuid references tenant (id),
    purpose    varchar(10) not null,
    expires_at timestamptz not null,
    used_at    timestamptz,
    created_at timestamptz not null default now(),
    constraint password_token_purpose check (purpose in ('RESET', 'INVITE'))
);
create index password_token_user_idx on password_token (user_id, created_at);

create table user_session
(
    id             uuid primary key,
    user_id        uuid         not null references app_user (id) on delete cascade,
    tenant_id      uuid references tenant (id),
    client_address varchar(64)  not null,
    user_agent     varchar(300) not null,
    started_at     timestamptz  not null default now(),
    last_seen_at   timestamptz  not null default now(),
    ended_at       timestamptz
);
create index user_session_user_idx on user_session (user_id, last_seen_at);

-- [jooq ignore start]
alter table password_token enable row level security;
alter table password_token force row level security;
create policy tenant_isolation on password_token
    using (tenant_id = payerlink_tenant() or payerlink_role() = 'PLATFORM_ADMIN')
    with check (tenant_id = payerlink_tenant() or payerlink_role() = 'PLATFORM_ADMIN');
do $$
begin
    execute format('create policy schema_owner on password_token to %I using (true) with check (true)', current_user);
    execute format('create policy schema_owner on user_session to %I using (true) with check (true)', current_user);
end
$$;

alter table user_session enable row level security;
alter table user_session force row level security;
-- a user sees and ends only their own sessions; platform admins may read them (a tenant's last sign-ins)
create policy own_rows on user_session
    using (user_id = nullif(current_setting('payerlink.user_id', true), '')::uuid)
    with check (user_id = nullif(current_setting('payerlink.user_id', true), '')::uuid);
create policy platform_read on user_session for select
    using (payerlink_role() = 'PLATFORM_ADMIN');

-- an explicit raise of the stamp (sign out everywhere) is kept; any change of access still raises it by one
create or replace function payerlink_bump_security_stamp()
    returns trigger
    language plpgsql
as $$
begin
    new.security_stamp := greatest(new.security_stamp, old.security_stamp
        + case when (old.enabled, old.role, old.tenant_id, old.email, old.password_hash)
                    is distinct from (new.enabled, new.role, new.tenant_id, new.email, new.password_hash)
               then 1 else 0 end);
    return new;
end
$$;

-- "Forgot password": stores a reset token for an enabled user with this e-mail address and returns the user, or
-- nothing (unknown address, disabled user, or already p_per_hour links asked for within the hour).
create function payerlink_password_reset_token(p_email text, p_hash char(64), p_valid interval, p_per_hour integer)
    returns table (user_id uuid, tenant_id uuid, email varchar, display_name varchar)
    language plpgsql security definer set search_path = public, pg_temp
as $$
declare
    u app_user%rowtype;
begin
    select * into u from app_user a where a.email = lower(trim(p_email)) and a.enabled;
    if not found or (select count(*) from password_token t where t.user_id = u.id and t.purpose = 'RESET'
                     and t.created_at > now() - interval '1 hour') >= p_per_hour then
        return;
    end if;
    insert into password_token (token_hash, user_id, tenant_id, purpose, expires_at)
    values (p_hash, u.id, u.tenant_id, 'RESET', now() + p_valid);
    return query select u.id, u.tenant_id, u.email, u.display_name;
end
$$;

-- Whose password a link sets, while it is unused and unexpired (and its user enabled); else nothing.
create function payerlink_password_token_user(p_hash char(64))
    returns table (email varchar, purpose varchar)
    language sql stable security definer set search_path = public, pg_temp
as $$
    select u.email, t.purpose from password_token t join app_user u on u.id = t.user_id
    where t.token_hash = p_hash and t.used_at is null and t.expires_at > now() and u.enabled
$$;

-- Uses a link once: sets its user's password (which ends their sessions through the stamp) and voids every other
-- open link of that user. Returns the user's e-mail address, or null when the link is used, expired or unknown.
create function payerlink_password_token_use(p_hash char(64), p_password_hash text)
    returns varchar
    language plpgsql security definer set search_path = public, pg_temp
as $$
declare
    v_user uuid;
    v_email varchar;
begin
    update password_token t set used_at = now()
    where t.token_hash = p_hash and t.used_at is null and t.expires_at > now()
    returning t.user_id into v_user;
    if v_user is null then
        return null;
    end if;
    update password_token set used_at = now() where user_id = v_user and used_at is null;
    update app_user set password_hash = p_password_hash, must_change_password = false
    where id = v_user and enabled
    returning email into v_email;
    return v_email;
end
$$;

-- A signed-in user's new password (their current one was checked by the sign-in). Returns the new security stamp.
create function payerlink_password_change(p_user uuid, p_password_hash text)
    returns integer
    language sql security definer set search_path = public, pg_temp
as $$
    update app_user set password_hash = p_password_hash, must_change_password = false
    where id = p_user and enabled
    returning security_stamp
$$;

create function payerlink_password_change_required(p_user uuid)
    returns boolean
    language sql stable security definer set search_path = public, pg_temp
as $$
    select coalesce((select must_change_password from app_user where id = p_user), false)
$$;

-- A session starts (on its first request after the sign-in).
create function payerlink_session_started(p_session uuid, p_user uuid, p_address text, p_agent text)
    returns void
    language sql security definer set search_path = public, pg_temp
as $$
    insert into user_session (id, user_id, tenant_id, client_address, user_agent)
    select p_session, u.id, u.tenant_id, left(p_address, 64), left(p_agent, 300) from app_user u where u.id = p_user
    on conflict (id) do nothing
$$;

-- Whether a session may go on: its user is enabled with the stamp the session started with, and the session was not
-- signed out. Notes that it was seen (at most once a minute, so a busy session writes little).
create function payerlink_session_alive(p_session uuid, p_user uuid, p_stamp integer)
    returns boolean
    language plpgsql security definer set search_path = public, pg_temp
as $$
begin
    if not exists (select from app_user where id = p_user and enabled and security_stamp = p_stamp)
       or not exists (select from user_session where id = p_session and user_id = p_user and ended_at is null) then
        return false;
    end if;
    update user_session set last_seen_at = now()
    where id = p_session and last_seen_at < now() - interval '1 minute';
    return true;
end
$$;

create function payerlink_session_ended(p_session uuid)
    returns void
    language sql security definer set search_path = public, pg_temp
as $$
    update user_session set ended_at = now() where id = p_session and ended_at is null
$$;

-- "Sign out everywhere" of the signed-in user (the connection's own user, never another's).
create function payerlink_sessions_end_all()
    returns void
    language sql security definer set search_path = public, pg_temp
as $$
    update user_session set ended_at = now()
    where user_id = nullif(current_setting('payerlink.user_id', true), '')::uuid and ended_at is null;
    update app_user set security_stamp = security_stamp + 1
    where id = nullif(current_setting('payerlink.user_id', true), '')::uuid;
$$;

-- A tenant's users whose sign-in from anywhere (the e-mail address's own count) is paused, or has failed attempts
-- counted in its window, for platform admins only; the throttle's hashes are matched, never revealed.
create function payerlink_platform_sign_in_pauses(p_tenant uuid, p_per_account integer)
    returns table (user_id uuid, attempts integer, paused_until timestamptz)
    language sql stable security definer set search_path = public, pg_temp
as $$
    select u.id, t.attempts, case when t.attempts > p_per_account then t.window_ends end
    from app_user u
    join sign_in_throttle t on t.key = payerlink_sign_in_key('account ' || u.email)
    where payerlink_role() = 'PLATFORM_ADMIN' and u.tenant_id = p_tenant and t.window_ends > now()
$$;

revoke all on function payerlink_password_reset_token(text, char, interval, integer) from public;
revoke all on function payerlink_password_token_user(char) from public;
revoke all on function payerlink_password_token_use(char, text) from public;
revoke all on function payerlink_password_change(uuid, text) from public;
revoke all on function payerlink_password_change_required(uuid) from public;
revoke all on function payerlink_session_started(uuid, uuid, text, text) from public;
revoke all on function payerlink_session_alive(uuid, uuid, integer) from public;
revoke all on function payerlink_session_ended(uuid) from public;
revoke all on function payerlink_sessions_end_all() from public;
revoke all on function payerlink_platform_sign_in_pauses(uuid, integer) from public;

-- before anyone is signed in, or on the session check: the sign-in role only
grant execute on function payerlink_password_reset_token(text, char, interval, integer),
    payerlink_password_token_user(char), payerlink_password_token_use(char, text),
    payerlink_password_change(uuid, text), payerlink_password_change_required(uuid),
    payerlink_session_started(uuid, uuid, text, text), payerlink_session_alive(uuid, uuid, integer),
    payerlink_session_ended(uuid) to payerlink_signin;
-- a signed-in user's own sessions, and the platform admin's counts
grant execute on function payerlink_sessions_end_all(), payerlink_platform_sign_in_pauses(uuid, integer)
    to payerlink_app;
revoke update, delete, truncate on password_token from payerlink_app;
grant update (used_at) on password_token to payerlink_app;
-- [jooq ignore stop]
