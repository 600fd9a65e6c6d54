package com.payerlink.account.domain;

import com.payerlink.IntegrationTest;
import com.payerlink.account.ManyAccounts;
import com.payerlink.core.security.Role;
import com.payerlink.tenant.domain.Tenant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The grid's deep pages sought from bookmarks: the same rows as an offset gives, for every sort in both directions and
 * with filters, in the caller's tenant only; bookmarks of another query are not used, and forgotten or stale ones are
 * taken again.
 */
class AccountPagesTest extends IntegrationTest {

    private static final int EVERY = 20;

    private static final List<Integer> OFFSETS = List.of(0, 19, 20, 21, 39, 40, 57, 100, 159, 199, 225, 239, 260);

    @Autowired
    AccountService accounts;

    @Autowired
    AccountGridPages gridPages;

    @Autowired
    AccountListService lists;

    @Test
    void pages_from_bookmarks_are_the_pages_at_their_offsets_for_every_sort_and_direction() {
        Tenant tenant = variedAccounts(240);
        AccountBookmarks bookmarks = new AccountBookmarks(EVERY, Duration.ofMinutes(5));
        as(tenant, Role.OPERATOR, () -> {
            for (AccountSort sort : AccountSort.values()) {
                for (boolean descending : List.of(false, true)) {
                    AccountQuery query = AccountQuery.all().sortedBy(sort, descending);
                    for (int offset : OFFSETS) {
                        assertThat(page(query, offset, 25, bookmarks))
                            .as("%s %s at %d", sort, descending ? "descending" : "ascending", offset)
                            .isEqualTo(accounts.matching(query).page(offset, 25));
                    }
                }
            }
        });
    }

    @Test
    void a_filtered_query_takes_its_own_bookmarks_and_the_pages_cover_every_match_once() {
        Tenant tenant = variedAccounts(240);
        AccountBookmarks bookmarks = new AccountBookmarks(EVERY, Duration.ofMinutes(5));
        AccountQuery failedOrDraft = AccountQuery.all()
            .withStates(EnumSet.of(AccountState.DRAFT, AccountState.IN_PROGRESS, AccountState.VERIFICATION_FAILED))
            .sortedBy(AccountSort.UPDATED, true);
        as(tenant, Role.VIEWER, () -> {
            assertThat(page(AccountQuery.all(), 100, 10, bookmarks)).hasSize(10);

            int matching = accounts.matching(failedOrDraft).count();
            List<AccountSummary> all = accounts.matching(failedOrDraft).page(0, matching);
            List<AccountSummary> paged = new ArrayList<>();
            for (int offset = 0; offset < matching; offset += 7) {
                paged.addAll(page(failedOrDraft, offset, 7, bookmarks));
            }
            assertThat(matching).isGreaterThan(3 * EVERY);
            assertThat(paged).isEqualTo(all);
            assertThat(paged).allMatch(a -> a.name().startsWith("Mine"));
        });
    }

    @Test
    void forgotten_or_stale_bookmarks_are_taken_again_so_a_deep_page_follows_removed_accounts() {
        Tenant tenant = variedAccounts(240);
        AccountBookmarks kept = new AccountBookmarks(EVERY, Duration.ofMinutes(5));
        AccountBookmarks stale = new AccountBookmarks(EVERY, Duration.ZERO);
        AccountQuery byName = AccountQuery.all();
        List<AccountSummary> before = as(tenant, Role.OPERATOR, () -> {
            page(byName, 100, 10, kept);
            page(byName, 100, 10, stale);
            return accounts.matching(byName).page(100, 10);
        });
        // the first 30 by name go: every later account moves up 30 places
        ManyAccounts.sql("""
                delete from customer_account where id in (
                    select id from customer_account where tenant_id = ? order by name, id limit 30)""", tenant.id());

        as(tenant, Role.OPERATOR, () -> {
            List<AccountSummary> now = accounts.matching(byName).page(100, 10);
            assertThat(now).doesNotContainAnyElementsOf(before);
            // kept ones still start where the list started when they were taken, as an offset did before the delete
            assertThat(page(byName, 100, 10, kept)).isEqualTo(before);
            assertThat(page(byName, 100, 10, stale)).isEqualTo(now);
            kept.forget();
            assertThat(page(byName, 100, 10, kept)).isEqualTo(now);
        });
    }

    @Test
    void a_page_brings_the_badges_of_its_accounts_in_each_extra_column() {
        Tenant tenant = variedAccounts(240);
        List<List<UUID>> asked = new ArrayList<>();
        AccountGridColumn column = AccountGridColumn.of("Asked", ids -> {
            asked.add(List.copyOf(ids));
            return ids.stream().collect(Collectors.toMap(id -> id, id -> AccountState.READY));
        });

        AccountGridPages.Page page = as(tenant, Role.VIEWER, () -> gridPages.page(AccountQuery.all(), 150, 30,
                new AccountBookmarks(EVERY, Duration.ofMinutes(5)), List.of(column)));

        List<UUID> ids = page.rows().stream().map(AccountSummary::id).toList();
        assertThat(ids).hasSize(30);
        assertThat(asked).containsExactly(ids);
        assertThat(page.badges().get("Asked")).containsOnlyKeys(ids)
            .allSatisfy((id, badge) -> assertThat(badge).isEqualTo(AccountState.READY.statusLabel()));
    }

    private List<AccountSummary> page(AccountQuery query, int offset, int limit, AccountBookmarks bookmarks) {
        return gridPages.page(query, offset, limit, bookmarks, List.of()).rows();
    }

    // "Mine 00001"… with states, steps, methods, partitions, timestamps and duplicate names spread over them, between
    // the accounts of another tenant named alike
    private Tenant variedAccounts(int count) {
        Tenant tenant = newTenant();
        Tenant other = newTenant();
        ManyAccounts.create(lists, tenant, "Mine", 100_000_000_000L, count);
        ManyAccounts.create(lists, other, "Mine", 100_000_000_000L, 50);
        ManyAccounts.sql("""
                update customer_account set
                    state = (array['DRAFT','IN_PROGRESS','AWAITING_VERIFICATION','VERIFYING','VERIFICATION_FAILED',
                        'AWAITING_SUPPORT','PROCESSING','READY','DISCONNECTED'])[1 + substr(name, 6)::int % 9],
                    wizard_step = 1 + substr(name, 6)::int % 6,
                    connection_method = (array['MSP_SINGLE','MSP_LIMITED','MSP_MULTIPLE'])[1 + substr(name, 6)::int % 3],
                    partition = (array['aws','aws-cn'])[1 + substr(name, 6)::int % 2]
                where tenant_id = ?""", tenant.id());
        ManyAccounts.sql("""
                update customer_account set
                    updated_at = timestamptz '2026-01-01' + (substr(name, 6)::int * 7919 % 500) * interval '1 minute',
                    state_changed_at = timestamptz '2026-01-01' + (substr(name, 6)::int % 13) * interval '1 hour',
                    name = case when substr(name, 6)::int % 10 = 0 then 'Mine 00000 twin' else name end
                where tenant_id = ?""", tenant.id());
        return tenant;
    }

}
