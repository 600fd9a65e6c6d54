-- What a tenant's session may do, narrowed in the database itself (issue 18, item 4), so that SQL
-- injected into a tenant's session, or a query that forgets a filter, gains nothing:
-- * the sign-in functions (they read password hashes and lock users) run only under payerlink_signin,
--   a role the portal's sign-in pool switches to; tenant sessions (payerlink_app) cannot call them;
-- * support agents see nothing of a draft ticket (its accounts and comments included), and a ticket's
--   comments and accounts always belong to the ticket's own tenant;
-- * no row ever moves to another tenant (tenant_id is fixed once written);
-- * the audit log is append-only for the portal.

-- [jooq ignore start]
do $$
begin
    if not exists (select from pg_roles where rolname = 'payerlink_signin') then
        create role payerlink_signin nologin;
    end if;
    -- the owner may switch to it too (the portal's fallback when it has no login of its own)
    execute format('grant payerlink_signin to %I', current_user);
    -- payerlink_app may SET ROLE to it (the sign-in pool does) but does not inherit its rights
    if current_setting('server_version_num')::int >= 160000 then
        execute 'grant payerlink_signin to payerlink_app with inherit false, set true';
    else
        alter role payerlink_app noinherit;
        grant payerlink_signin to payerlink_app;
    end if;
end
$$;

revoke execute on function payerlink_login_user(text), payerlink_login_failed(text, integer, interval),
    payerlink_login_succeeded(uuid) from payerlink_app;
grant usage on schema public to payerlink_signin;
grant execute on function payerlink_login_user(text), payerlink_login_failed(text, integer, interval),
    payerlink_login_succeeded(uuid) to payerlink_signin;

-- An agent reaches a ticket's accounts and comments only through a ticket it may read (never a draft):
-- the subquery on ticket is itself filtered by ticket's policies.
drop policy support_read on ticket_account;
create policy support_read on ticket_account for select
    using (payerlink_role() = 'SUPPORT_AGENT' and exists (select from ticket t where t.id = ticket_id));
drop policy support_all on ticket_comment;
create policy support_read on ticket_comment for select
    using (payerlink_role() = 'SUPPORT_AGENT' and exists (select from ticket t where t.id = ticket_id));
drop policy support_insert on ticket_comment;
create policy support_insert on ticket_comment for insert
    with check (payerlink_role() = 'SUPPORT_AGENT'
                and exists (select from ticket t where t.id = ticket_id and t.tenant_id = ticket_comment.tenant_id));

-- tenant_id is written once: an update that changes it is refused, whoever sends it
create function payerlink_keep_tenant() returns trigger
    language plpgsql
as $$
begin
    raise exception 'tenant_id of a % row cannot change (from % to %): a row never moves to another tenant',
        tg_table_name, old.tenant_id, new.tenant_id
        using errcode = 'check_violation';
end
$$;

do $$
declare
    t record;
begin
    for t in
        select c.table_name
        from information_schema.columns c
        join information_schema.tables tb on tb.table_schema = c.table_schema and tb.table_name = c.table_name
        where c.table_schema = 'public' and c.column_name = 'tenant_id' and tb.table_type = 'BASE TABLE'
    loop
        execute format('create trigger keep_tenant before update of tenant_id on %I for each row '
                       'when (old.tenant_id is distinct from new.tenant_id) execute function payerlink_keep_tenant()',
                       t.table_name);
    end loop;
end
$$;

-- the audit log is evidence: the portal adds to it and reads it, never rewrites it
revoke update, delete, truncate on audit_log from payerlink_app;
-- [jooq ignore stop]

-- a ticket's comments and accounts belong to the ticket's tenant (checked for every writer, agents included)
alter table ticket add constraint ticket_id_tenant unique (id, tenant_id);
alter table ticket_comment add constraint ticket_comment_same_tenant
    foreign key (ticket_id, tenant_id) references ticket (id, tenant_id) on delete cascade;
alter table ticket_account add constraint ticket_account_same_tenant
    foreign key (ticket_id, tenant_id) references ticket (id, tenant_id) on delete cascade;
