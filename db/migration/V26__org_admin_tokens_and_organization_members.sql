-- Issue 11, the gaps left.
--
-- 1. API tokens may have the org-admin scope (register, disconnect over the API). Only an org admin creates one, and
--    like every token it works only while its creator is an enabled org admin of the tenant; so an org-admin token
--    must name its creator.
alter table api_token drop constraint api_token_role;
alter table api_token add constraint api_token_role check (role in ('ORG_ADMIN', 'OPERATOR', 'VIEWER'));
alter table api_token add constraint api_token_org_admin_creator check (role <> 'ORG_ADMIN' or created_by_user is not null);

-- 2. A member account of a management account's organization (discovered via its StackSet, or added from its
--    organization's list): its Cost and Usage Report lives in the management account, so verification takes the
--    report's checks from the management account's connection. Null: an account on its own.
alter table customer_account add column management_account_id uuid;
create index customer_account_management_idx on customer_account (management_account_id)
    where management_account_id is not null;

-- [jooq ignore start]
-- the management account is one of the same tenant's accounts; deleting it leaves its members on their own
alter table customer_account add constraint customer_account_tenant_id_key unique (tenant_id, id);
alter table customer_account add constraint customer_account_management_fk
    foreign key (tenant_id, management_account_id) references customer_account (tenant_id, id)
        on delete set null (management_account_id);
alter table customer_account add constraint customer_account_management_not_self
    check (management_account_id is distinct from id);
-- [jooq ignore stop]
