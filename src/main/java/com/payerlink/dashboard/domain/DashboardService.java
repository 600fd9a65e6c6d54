package com.payerlink.dashboard.domain;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import com.payerlink.account.domain.AccountState;
import com.payerlink.account.domain.CustomerAccount;
import com.payerlink.core.security.Roles;
import com.payerlink.core.tenancy.CurrentScope;
import com.payerlink.payer.domain.MemberChanges;
import com.payerlink.payer.domain.PayerMemberService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** The current tenant's Home dashboard: each widget one aggregate query. Every tenant role reads it. */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class DashboardService {

    private final DashboardDAO dashboardDAO;

    private final DashboardSettings settings;

    private final PayerMemberService payerMembers;

    /** The onboarding funnel: every state in lifecycle order with its number of accounts (zero included). */
    @Transactional(readOnly = true)
    public List<StateCount> funnel() {
        Map<AccountState, Long> counts = new EnumMap<>(AccountState.class);
        dashboardDAO.accountsPerState(tenant()).forEach(c -> counts.put(c.state(), c.accounts()));
        return Arrays.stream(AccountState.values()).map(s -> new StateCount(s, counts.getOrDefault(s, 0L))).toList();
    }

    /** Verification failed accounts per failed check's code, most first. */
    @Transactional(readOnly = true)
    public List<FailureCount> failuresByCode() {
        return dashboardDAO.failuresByCode(tenant());
    }

    /** The accounts that wait for the tenant to act (registration, invitations, processing, support tickets). */
    @Transactional(readOnly = true)
    public ActionQueues actionQueues() {
        OffsetDateTime now = OffsetDateTime.now();
        return dashboardDAO.actionQueues(tenant(), now.minus(settings.invitationWaiting()),
                now.minus(CustomerAccount.PROCESSING_WINDOW));
    }

    /** Members that joined or left the tenant's payers' organizations since an operator last marked them seen. */
    @Transactional(readOnly = true)
    public MemberChanges memberChanges() {
        return payerMembers.changes();
    }

    /** How many accounts became Ready each day (UTC) of the last {@code readyDays}, today included, zeros too. */
    @Transactional(readOnly = true)
    public List<ReadyDay> readyPerDay() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        LocalDate first = today.minusDays(Math.max(1, settings.readyDays()) - 1L);
        Map<LocalDate, Long> counts = dashboardDAO.readyPerDay(tenant(), first.atStartOfDay().atOffset(ZoneOffset.UTC))
            .stream().collect(Collectors.toMap(ReadyDay::day, ReadyDay::accounts));
        List<ReadyDay> days = new ArrayList<>();
        for (LocalDate d = first; !d.isAfter(today); d = d.plusDays(1)) {
            days.add(new ReadyDay(d, counts.getOrDefault(d, 0L)));
        }
        return days;
    }

    /** How many days an invitation may wait before it is listed as needing action. */
    public long invitationWaitingDays() {
        return settings.invitationWaiting().toDays();
    }

    private static UUID tenant() {
        return CurrentScope.requireRoleInTenant(Roles.READERS);
    }

}
