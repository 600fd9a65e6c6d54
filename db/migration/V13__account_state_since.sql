-- The accounts grid for thousands of accounts: since when each account is in its state (the "In state since"
-- column, its sort and the "days in state" filter).
--
-- state_changed_at is kept by the database itself: a trigger sets it whenever an update changes the state, so every
-- way an account moves (one account, a set-based move, a bulk registration) keeps it right without remembering to.

alter table customer_account add column state_changed_at timestamptz not null default now();

-- Existing accounts: the time of the history line that moved them into their state (a state change or the
-- registration; for an account in progress, its first saved step), else when the account was created.
update customer_account ca
set state_changed_at = coalesce(
        case when ca.state = 'IN_PROGRESS' then
            (select min(h.created_at) from account_history h
             where h.customer_account_id = ca.id and h.action = 'STEP_SAVED')
        when ca.state <> 'DRAFT' then
            (select max(h.created_at) from account_history h
             where h.customer_account_id = ca.id and h.action in ('STATE_CHANGED', 'REGISTERED'))
        end,
        ca.created_at);

-- the "days in state" filter and the "In state since" sort
create index customer_account_state_changed_idx on customer_account (tenant_id, state_changed_at, id);

-- [jooq ignore start]
create function customer_account_state_changed() returns trigger
    language plpgsql as
$$
begin
    new.state_changed_at := now();
    return new;
end
$$;

create trigger customer_account_state_changed
    before update of state on customer_account
    for each row
    when (old.state is distinct from new.state)
execute function customer_account_state_changed();
-- [jooq ignore stop]
