package com.payerlink.core.security;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import com.payerlink.core.database.KeyedRows;
import com.payerlink.core.tenancy.CurrentScope;
import com.payerlink.db.tables.records.UserPreferenceRecord;
import org.jooq.DSLContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.UUID;

import static com.payerlink.db.Tables.USER_PREFERENCE;

/**
 * The signed-in user's own display preferences, kept on the server so they follow the user to every browser.
 * Row-level security lets each user read and write only their own row.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class UserPreferences {

    private final DSLContext dsl;

    /** Whether the signed-in user chose the dark theme; false without a user or a choice. */
    @Transactional(readOnly = true)
    public boolean darkTheme() {
        UUID user = CurrentScope.get().userId();
        if (user == null) {
            return false;
        }
        Boolean dark = dsl.select(USER_PREFERENCE.DARK_THEME).from(USER_PREFERENCE)
            .where(USER_PREFERENCE.USER_ID.eq(user)).fetchOne(USER_PREFERENCE.DARK_THEME);
        return Boolean.TRUE.equals(dark);
    }

    /** Remembers the signed-in user's choice of theme. */
    @Transactional
    public void setDarkTheme(boolean dark) {
        UUID user = CurrentScope.get().userId();
        if (user == null) {
            throw new IllegalStateException("Only a signed-in user has preferences");
        }
        UserPreferenceRecord row = new UserPreferenceRecord();
        row.setUserId(user);
        row.setDarkTheme(dark);
        KeyedRows.put(dsl, row, USER_PREFERENCE.USER_ID, USER_PREFERENCE.UPDATED_AT);
    }

}
