-- Issue 16, item 5: an audit log to read. Sign-ins and their failures are recorded on the sign-in path, before
-- any tenant is known, through one narrow function; the log stays append-only for everyone, its owner included.

create index audit_log_created_idx on audit_log (created_at desc, id desc);
create index audit_log_tenant_action_idx on audit_log (tenant_id, action, created_at desc);

-- [jooq ignore start]
-- Records a sign-in event for an e-mail address: in the user's tenant when the address belongs to a user, else
-- without a tenant (only platform admins read those). Nothing else can be written through it.
create function payerlink_sign_in_audit(p_email text, p_action text, p_detail text)
    returns void
    language sql security definer set search_path = public, pg_temp
as $$
    insert into audit_log (tenant_id, actor_id, actor_email, action, detail)
    select u.tenant_id, u.id, coalesce(u.email, left(lower(trim(p_email)), 254)), p_action, left(p_detail, 500)
    from (select 1) one left join app_user u on u.email = lower(trim(p_email))
    where p_action in ('SIGN_IN', 'SIGN_IN_FAILED', 'SIGN_IN_PAUSED', 'SIGN_IN_SECOND_STEP_FAILED')
$$;
revoke all on function payerlink_sign_in_audit(text, text, text) from public;

-- callable by exactly the roles that may call the sign-in lookup (the sign-in pool's role)
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
        execute format('grant execute on function payerlink_sign_in_audit(text, text, text) to %s', r.grantee);
    end loop;
end
$$;

-- Evidence is never rewritten: besides the portal's missing UPDATE/DELETE rights (V10), a trigger refuses any
-- update, delete or truncate, whoever sends it.
create function payerlink_audit_append_only() returns trigger
    language plpgsql
as $$
begin
    raise exception 'the audit log is append-only: % is refused', tg_op
        using errcode = 'insufficient_privilege';
end
$$;
create trigger audit_log_append_only before update or delete on audit_log
    for each row execute function payerlink_audit_append_only();
create trigger audit_log_no_truncate before truncate on audit_log
    for each statement execute function payerlink_audit_append_only();
-- [jooq ignore stop]
