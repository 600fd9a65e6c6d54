-- The narrow security-definer functions (sign-in, token and invitation lookups, the outbox sender) run
-- with the rights of the schema's owner. FORCE ROW LEVEL SECURITY applies to the owner too, unless it is
-- a superuser: so an owner that is not a superuser (a managed PostgreSQL, a CREATEROLE user) would see
-- no row through them. This policy lets only the owner, i.e. migrations and those functions, through;
-- the portal itself runs as payerlink_app, which it does not name. A table added later needs the same
-- policy in its own migration.

-- [jooq ignore start]
do $$
declare
    t record;
begin
    for t in
        select c.relname
        from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = 'public' and c.relkind = 'r' and c.relforcerowsecurity
    loop
        execute format('create policy schema_owner on %I to %I using (true) with check (true)', t.relname, current_user);
    end loop;
end
$$;
-- [jooq ignore stop]
