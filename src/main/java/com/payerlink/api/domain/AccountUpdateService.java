package com.payerlink.api.domain;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import com.payerlink.account.domain.AccountService;
import com.payerlink.account.domain.CustomerAccount;
import com.payerlink.core.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.UUID;

/**
 * Saves several wizard steps of one account in one transaction, through the account service's own step
 * saves, so an API change gets exactly the wizard's validation, history and optimistic locking.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class AccountUpdateService {

    private final AccountService accountService;

    /**
     * Applies the steps in wizard order; the first refusal undoes them all.
     *
     * @throws InvalidInputException naming the field; fields of the report settings as {@code curSettings.<field>}
     * @throws com.payerlink.core.ConcurrentChangeException when the account's version is no longer {@code update.version()}
     */
    @Transactional
    public CustomerAccount update(UUID id, AccountUpdate update) {
        int version = update.version();
        if (update.partition() != null) {
            version = accountService.savePartition(id, version, update.partition()).version();
        }
        CustomerAccount account = accountService.saveDetails(id, version, update.details());
        if (Boolean.TRUE.equals(update.billingAccessConfirmed())) {
            account = accountService.confirmBillingAccess(id, account.version(), true);
        }
        if (update.curSettings() != null) {
            int seen = account.version();
            account = InvalidInputException.within("curSettings",
                    () -> accountService.saveCurSettings(id, seen, update.curSettings()));
        }
        if (Boolean.TRUE.equals(update.stackCreated())) {
            account = accountService.confirmStackCreated(id, account.version());
        }
        if (update.roleArns() != null) {
            account = accountService.saveRoleArns(id, account.version(), update.roleArns());
        }
        return account;
    }

}
