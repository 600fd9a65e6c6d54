-- Sign-in without user enumeration or lock-out by strangers, and sessions that end when a user's access changes.
--
-- 1. Failed sign-ins no longer lock a user (anyone could lock anyone, and only real e-mail addresses were locked).
--    Instead each attempt is counted, before its password is checked, under three keys: the (e-mail, client
--    address) pair, the client address, and the e-mail address (a generous ceiling). Unknown e-mail addresses are
--    counted exactly like real ones. A key over its limit pauses, and each further pause of that key is twice as
--    long. Each count is one atomic upsert, so parallel attempts and several portal nodes cannot exceed a limit.
-- 2. app_user.security_stamp changes whenever a user's access changes (enabled, role, tenant, e-mail, password);
--    every request of a signed-in session compares it with the stamp the session started with.
-- 3. API tokens remember their creator; a token works only while its creator is an enabled org admin of its tenant.

alter table app_user add column security_stamp integer not null default 0;

alter table api_token add column created_by_user uuid;

-- [jooq ignore start]
-- Only counters, keyed by SHA-256: no e-mail address or client address is stored in clear.
create table sign_in_throttle
(
    key         char(64) primary key,
    attempts    integer     not null,
    window_ends timestamptz not null,
    pauses      integer     not null default 0
);
alter table sign_in_throttle enable row level security;
alter table sign_in_throttle force row level security;
-- as V8: the owner (migrations, the functions below) passes; the portal's role reaches the table only through them
do $$
begin
    execute format('create policy schema_owner on sign_in_throttle to %I using (true) with check (true)', current_user);
end
$$;
revoke all on sign_in_throttle from payerlink_app;

create function payerlink_sign_in_key(p_what text)
    returns char(64)
    language sql immutable set search_path = public, pg_temp
as $$ select encode(sha256(convert_to(p_what, 'UTF8')), 'hex') $$;

-- Counts one attempt under a key. Returns null when the attempt may go ahead, else the end of the key's pause.
-- The limit-th + 1 attempt of a window starts a pause of p_first_pause * 2^(earlier pauses), at most p_longest_pause;
-- a key quiet for a day starts again from the first pause.
create function payerlink_sign_in_count(p_key char(64), p_limit integer, p_window interval, p_first_pause interval,
                                        p_longest_pause interval)
    returns timestamptz
    language sql security definer set search_path = public, pg_temp
as $$
    insert into sign_in_throttle as t (key, attempts, window_ends, pauses)
    values (p_key, 1, now() + p_window, 0)
    on conflict (key) do update set
        attempts    = case when t.window_ends <= now() then 1 else t.attempts + 1 end,
        window_ends = case
                          when t.window_ends <= now() then now() + p_window
                          when t.attempts = p_limit then now() + least(p_first_pause * power(2, t.pauses), p_longest_pause)
                          else t.window_ends end,
        pauses      = case
                          when t.window_ends <= now() - interval '1 day' then 0
                          when t.window_ends > now() and t.attempts = p_limit then least(t.pauses + 1, 20)
                          else t.pauses end
    returning case when attempts > p_limit then window_ends end
$$;

-- One sign-in attempt of an e-mail address from a client address, counted before its password is checked.
-- The pair is counted first and the e-mail address last, so that guesses refused for their address do not use up
-- the ceiling of the e-mail address, which would lock its user out everywhere.
-- Returns null when the password may be checked, else when the pause ends.
create function payerlink_sign_in_attempt(p_email text, p_address text, p_per_pair integer, p_per_address integer,
                                          p_per_account integer, p_window interval, p_first_pause interval,
                                          p_longest_pause interval)
    returns timestamptz
    language plpgsql security definer set search_path = public, pg_temp
as $$
declare
    v_email text := lower(trim(coalesce(p_email, '')));
    v_until timestamptz;
begin
    -- old counters go now and then, so that the table stays small without a job
    if random() < 0.01 then
        delete from sign_in_throttle where window_ends < now() - interval '1 day';
    end if;
    v_until := payerlink_sign_in_count(payerlink_sign_in_key('pair ' || v_email || ' ' || p_address), p_per_pair,
                                       p_window, p_first_pause, p_longest_pause);
    if v_until is not null then
        return v_until;
    end if;
    v_until := payerlink_sign_in_count(payerlink_sign_in_key('address ' || p_address), p_per_address,
                                       p_window, p_first_pause, p_longest_pause);
    if v_until is not null then
        return v_until;
    end if;
    return payerlink_sign_in_count(payerlink_sign_in_key('account ' || v_email), p_per_account,
                                   p_window, p_first_pause, p_longest_pause);
end
$$;

-- A successful sign-in: the pair starts afresh, and the attempt does not count against the address or the account.
create function payerlink_sign_in_succeeded(p_email text, p_address text)
    returns void
    language sql security definer set search_path = public, pg_temp
as $$
    delete from sign_in_throttle
    where key = payerlink_sign_in_key('pair ' || lower(trim(p_email)) || ' ' || p_address);
    update sign_in_throttle set attempts = greatest(attempts - 1, 0)
    where key in (payerlink_sign_in_key('address ' || p_address), payerlink_sign_in_key('account ' || lower(trim(p_email))))
      and window_ends > now();
$$;

-- The stamp a signed-in session must still match; null when the user is gone or disabled.
create function payerlink_session_stamp(p_user uuid)
    returns integer
    language sql stable security definer set search_path = public, pg_temp
as $$
    select security_stamp from app_user where id = p_user and enabled
$$;

-- Whether a token's creator still may hand out its rights: an enabled org admin of the token's tenant.
create function payerlink_api_token_creator_active(p_token uuid)
    returns boolean
    language sql stable security definer set search_path = public, pg_temp
as $$
    select coalesce((select k.created_by_user is null
                            or exists (select from app_user u
                                       where u.id = k.created_by_user and u.enabled and u.role = 'ORG_ADMIN'
                                         and u.tenant_id = k.tenant_id)
                     from api_token k where k.id = p_token), false)
$$;

create function payerlink_bump_security_stamp()
    returns trigger
    language plpgsql
as $$
begin
    new.security_stamp := old.security_stamp
        + case when (old.enabled, old.role, old.tenant_id, old.email, old.password_hash)
                    is distinct from (new.enabled, new.role, new.tenant_id, new.email, new.password_hash)
               then 1 else 0 end;
    return new;
end
$$;

create trigger app_user_security_stamp before update on app_user
    for each row execute function payerlink_bump_security_stamp();

-- Tokens made before their creator was recorded: the creator is found by e-mail address; a token whose creator
-- is gone gets an id no user has, so it stops like the token of a removed user.
update api_token k set created_by_user = coalesce((select u.id from app_user u where u.email = k.created_by),
                                                  '00000000-0000-0000-0000-000000000000');

-- Nobody stays locked by the old counter, which no longer exists.
update app_user set failed_logins = 0, locked_until = null where failed_logins <> 0 or locked_until is not null;
drop function payerlink_login_failed(text, integer, interval);

revoke all on function payerlink_sign_in_key(text) from public;
revoke all on function payerlink_sign_in_count(char, integer, interval, interval, interval) from public;
revoke all on function payerlink_sign_in_attempt(text, text, integer, integer, integer, interval, interval, interval) from public;
revoke all on function payerlink_sign_in_succeeded(text, text) from public;
revoke all on function payerlink_session_stamp(uuid) from public;
revoke all on function payerlink_api_token_creator_active(uuid) from public;

-- The new sign-in functions may be called by exactly the roles that may call the sign-in lookup.
do $$
declare
    r record;
begin
    for r in
        select distinct a.grantee::regrole::text as grantee
        from pg_proc p, aclexplode(p.proacl) a
        where p.oid = 'payerlink_login_user(text)'::regprocedure and a.privilege_type = 'EXECUTE'
          and a.grantee <> 0 and a.grantee <> p.proowner
    loop
        execute format('grant execute on function payerlink_sign_in_attempt(text, text, integer, integer, integer, '
                       'interval, interval, interval), payerlink_sign_in_succeeded(text, text), '
                       'payerlink_session_stamp(uuid) to %s', r.grantee);
    end loop;
end
$$;
-- Tokens are checked on the API's own path, like payerlink_api_token.
do $$
declare
    r record;
begin
    for r in
        select distinct a.grantee::regrole::text as grantee
        from pg_proc p, aclexplode(p.proacl) a
        where p.oid = 'payerlink_api_token(text)'::regprocedure and a.privilege_type = 'EXECUTE'
          and a.grantee <> 0 and a.grantee <> p.proowner
    loop
        execute format('grant execute on function payerlink_api_token_creator_active(uuid) to %s', r.grantee);
    end loop;
end
$$;
-- [jooq ignore stop]
