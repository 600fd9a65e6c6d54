-- Issue 16, closing its gaps:
-- 1. Platform mail: platform admins and support agents belong to no tenant, yet they need password links by mail
--    ("Forgot password", the set-your-password link of a new platform user). Their mails are outbox rows without a
--    tenant. Only the platform itself (the platform role without a signed-in user: the outbox sender, the first
--    start) reads, claims and marks them; no tenant and no signed-in platform admin reads them.
-- 2. Mail queued in the changing transaction, also when the one who changes belongs to no tenant: a platform admin
--    inviting a tenant's user (a new tenant's first org admin, a fresh link) queues that SET_PASSWORD mail in the
--    tenant's outbox; a support agent answering a ticket queues its TICKET_UPDATE mail in the ticket's tenant. Both
--    may only insert such mails; neither reads a tenant's outbox.
-- 3. Following a password link (set or reset) is audited as PASSWORD_SET_BY_LINK, in the same statement that uses
--    the link: in the user's tenant, or without a tenant for platform staff (platform audit).
-- 4. "SSO only" on the password form: the tenant whose identity provider signs in the typed address, when that
--    tenant refuses passwords and the address is nobody's outside it (so platform staff and other tenants' users at
--    a claimed domain keep their password form).

alter table email_outbox alter column tenant_id drop not null;
-- the dedup key of platform mail (the tenant's is unique per tenant already; null tenants are all distinct there)
create unique index email_outbox_platform_dedup on email_outbox (dedup_key) where tenant_id is null;

-- [jooq ignore start]
-- The platform itself: the platform role without a signed-in user (DatabaseScope.platform()).
create function payerlink_platform_itself() returns boolean
    language sql stable
as $$
    select payerlink_role() = 'PLATFORM_ADMIN' and nullif(current_setting('payerlink.user_id', true), '') is null
$$;
grant execute on function payerlink_platform_itself() to payerlink_app;

create policy platform_mail on email_outbox
    using (tenant_id is null and payerlink_platform_itself())
    with check (tenant_id is null and payerlink_platform_itself());
-- insert only (no select, update or delete): a platform admin queues password links, of a tenant's user or of staff
create policy platform_queue on email_outbox for insert
    with check (payerlink_role() = 'PLATFORM_ADMIN' and kind in ('SET_PASSWORD', 'PASSWORD_RESET'));
-- insert only: a support agent queues a ticket's update mail in the tenant of a ticket the agent may read
create policy support_queue on email_outbox for insert
    with check (payerlink_role() = 'SUPPORT_AGENT' and kind = 'TICKET_UPDATE' and tenant_id is not null
                and exists (select from ticket t where t.tenant_id = email_outbox.tenant_id));

-- The sender's list of tenants with mail due now includes null (platform mail), as before nothing more.
create or replace function payerlink_outbox_due_tenants()
    returns setof uuid
    language sql stable security definer set search_path = public, pg_temp
as $$
    select distinct tenant_id from email_outbox where status = 'QUEUED' and next_attempt_at <= now()
$$;

-- As V21, and the use of the link is audited with the user's tenant (none for platform staff).
create or replace function payerlink_password_token_use(p_hash char(64), p_password_hash text)
    returns varchar
    language plpgsql security definer set search_path = public, pg_temp
as $$
declare
    v_user    uuid;
    v_purpose varchar;
    v_email   varchar;
    v_tenant  uuid;
begin
    update password_token t set used_at = now()
    where t.token_hash = p_hash and t.used_at is null and t.expires_at > now()
    returning t.user_id, t.purpose into v_user, v_purpose;
    if v_user is null then
        return null;
    end if;
    update password_token set used_at = now() where user_id = v_user and used_at is null;
    update app_user set password_hash = p_password_hash, must_change_password = false
    where id = v_user and enabled
    returning email, tenant_id into v_email, v_tenant;
    if v_email is not null then
        insert into audit_log (tenant_id, actor_id, actor_email, action, detail)
        values (v_tenant, v_user, v_email, 'PASSWORD_SET_BY_LINK',
                case when v_purpose = 'RESET' then 'with a "Forgot password" link'
                     else 'with a set-your-password link' end);
    end if;
    return v_email;
end
$$;

-- The tenant to send a password-form sign-in of this address to: its domain's tenant, if that tenant signs in by
-- single sign-on only and no user outside it has the address; else null (the password form goes on as ever).
create function payerlink_sso_only_tenant_for(p_email text)
    returns uuid
    language sql stable security definer set search_path = public, pg_temp
as $$
    select s.tenant_id
    from tenant_sso_domain d join tenant_sso s on s.tenant_id = d.tenant_id
    where d.domain = split_part(lower(trim(p_email)), '@', 2) and s.sso_only
      and not exists (select from app_user u where u.email = lower(trim(p_email))
                      and u.tenant_id is distinct from s.tenant_id)
$$;
revoke all on function payerlink_sso_only_tenant_for(text) from public;
grant execute on function payerlink_sso_only_tenant_for(text) to payerlink_signin;
-- [jooq ignore stop]
