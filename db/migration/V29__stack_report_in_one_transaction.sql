-- A stack's report in one transaction (issue 11's callback benchmark): one statement finds whose the callback secret
-- is, counts the report in the secret's rate window, binds the transaction to the secret's tenant and reads that
-- tenant's "register when the stack reports back" setting. Before, the lookup and the count were a transaction of
-- their own, and the report a second one on another connection, bound to the tenant when taken.

-- [jooq ignore start]
-- The secret proves the tenant, so the transaction may act for it: the scope is bound for this transaction only
-- (set_config(..., true)), as the portal's connections bind theirs, with the role the caller names and no user
-- (DatabaseScope.tenantSystem). A secret that is unknown returns no row; one over its limit returns its wait and
-- binds nothing.
create function payerlink_stack_report_begin(p_secret_hash text, p_account_limit integer, p_stackset_limit integer,
                                              p_role text)
    returns table (tenant_id uuid, customer_account_id uuid, kind varchar, external_id varchar,
                   seconds_to_wait integer, register_on_stack_report boolean)
    language plpgsql volatile security definer set search_path = public, pg_temp
as $$
declare
    v_secret callback_secret%rowtype;
begin
    select s.* into v_secret from callback_secret s where s.secret_hash = p_secret_hash;
    if not found then
        return;
    end if;
    tenant_id := v_secret.tenant_id;
    customer_account_id := v_secret.customer_account_id;
    kind := v_secret.kind;
    external_id := v_secret.external_id;
    seconds_to_wait := payerlink_api_rate_count(v_secret.customer_account_id,
            case when v_secret.kind = 'ACCOUNT' then p_account_limit else p_stackset_limit end);
    if seconds_to_wait = 0 then
        perform set_config('payerlink.tenant_id', v_secret.tenant_id::text, true),
                set_config('payerlink.role', p_role, true), set_config('payerlink.user_id', '', true);
        register_on_stack_report := coalesce((select c.register_on_stack_report from connection_settings c
                                              where c.tenant_id = v_secret.tenant_id), true);
    end if;
    return next;
end
$$;
revoke all on function payerlink_stack_report_begin(text, integer, integer, text) from public;
grant execute on function payerlink_stack_report_begin(text, integer, integer, text) to payerlink_app;
-- [jooq ignore stop]
