package com.payerlink.core.database;

import com.payerlink.IntegrationTest;
import com.payerlink.core.security.Role;
import com.payerlink.core.security.UserPreferences;
import com.payerlink.tenant.domain.Tenant;
import com.payerlink.tenant.domain.UserAccount;
import com.payerlink.twofactor.domain.TwoFactorService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rows kept one per key ({@link KeyedRows}): the first write inserts the key's row, every later one overwrites it,
 * and another key's row is never touched.
 */
class KeyedRowsTest extends IntegrationTest {

    @Autowired
    UserPreferences preferences;

    @Autowired
    TwoFactorService twoFactor;

    @Test
    void a_users_theme_is_inserted_by_the_first_choice_and_overwritten_by_each_later_one() {
        Tenant t = newTenant();
        UserAccount viewer = newUser(t, Role.VIEWER);
        UserAccount other = newUser(t, Role.VIEWER);
        assertThat(signedInAs(viewer.email(), preferences::darkTheme)).isFalse();

        setDarkTheme(viewer, true);
        assertThat(signedInAs(viewer.email(), preferences::darkTheme)).isTrue();
        setDarkTheme(other, true);
        setDarkTheme(viewer, false);
        assertThat(signedInAs(viewer.email(), preferences::darkTheme)).isFalse();
        setDarkTheme(viewer, true);

        assertThat(signedInAs(viewer.email(), preferences::darkTheme)).isTrue();
        assertThat(signedInAs(other.email(), preferences::darkTheme)).as("the other user's own row").isTrue();
    }

    @Test
    void a_tenants_two_factor_requirement_can_be_turned_on_and_off_again() {
        Tenant t = newTenant();
        Tenant other = newTenant();
        requireTwoFactor(other, true);

        requireTwoFactor(t, true);
        assertThat(signedInAs(adminEmail(t), twoFactor::tenantRequires)).isTrue();
        requireTwoFactor(t, false);

        assertThat(signedInAs(adminEmail(t), twoFactor::tenantRequires)).isFalse();
        assertThat(signedInAs(adminEmail(other), twoFactor::tenantRequires)).as("the other tenant's row").isTrue();
    }

    private void setDarkTheme(UserAccount user, boolean dark) {
        signedInAs(user.email(), () -> {
            preferences.setDarkTheme(dark);
            return null;
        });
    }

    private void requireTwoFactor(Tenant tenant, boolean required) {
        signedInAs(adminEmail(tenant), () -> {
            twoFactor.requireForTenant(required);
            return null;
        });
    }

}
