-- Several portal nodes on one PostgreSQL (issue 17).
--
-- 1. The REST API's rate limit is counted here, not in each node's memory: a fixed window per token and minute,
--    one atomic upsert per request, so N nodes together allow what one node allows.
-- 2. Operations watch the outbox: how many mails wait and how old the oldest is, over every tenant.

-- [jooq ignore start]
-- Unlogged: counters of the current minute need no WAL; after a crash they start again from zero.
create unlogged table api_rate_window
(
    token_id     uuid        not null,
    window_start timestamptz not null,
    requests     integer     not null,
    primary key (token_id, window_start)
);
alter table api_rate_window enable row level security;
alter table api_rate_window force row level security;
-- as V8: the owner (migrations, the function below) passes; the portal's role reaches the table only through it
do $$
begin
    execute format('create policy schema_owner on api_rate_window to %I using (true) with check (true)', current_user);
end
$$;
revoke all on api_rate_window from payerlink_app;

-- Counts one request of a token in the current minute. Returns 0 when it may go ahead, else the seconds until the
-- next minute starts (at least 1). The count stops growing at the limit + 1, so refused requests cost no more.
create function payerlink_api_rate_count(p_token uuid, p_limit integer)
    returns integer
    language plpgsql security definer set search_path = public, pg_temp
as $$
declare
    v_window timestamptz := date_trunc('minute', clock_timestamp());
    v_requests integer;
begin
    -- old windows go now and then, so that the table stays small without a job
    if random() < 0.01 then
        delete from api_rate_window where window_start < v_window - interval '2 minutes';
    end if;
    insert into api_rate_window as w (token_id, window_start, requests)
    values (p_token, v_window, 1)
    on conflict (token_id, window_start) do update set requests = least(w.requests + 1, p_limit + 1)
    returning requests into v_requests;
    if v_requests <= p_limit then
        return 0;
    end if;
    return greatest(1, ceil(extract(epoch from v_window + interval '1 minute' - clock_timestamp())))::integer;
end
$$;

-- The outbox over every tenant, for the metrics: mails waiting to be sent and the creation time of the oldest.
create function payerlink_outbox_backlog()
    returns table (queued bigint, oldest timestamptz)
    language sql stable security definer set search_path = public, pg_temp
as $$
    select count(*), min(created_at) from email_outbox where status = 'QUEUED'
$$;

revoke all on function payerlink_api_rate_count(uuid, integer) from public;
revoke all on function payerlink_outbox_backlog() from public;
grant execute on function payerlink_outbox_backlog() to payerlink_app;
-- Counted on the API's own path, by exactly the roles that may look a token up.
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
        execute format('grant execute on function payerlink_api_rate_count(uuid, integer) to %s', r.grantee);
    end loop;
end
$$;
-- [jooq ignore stop]
