package com.payerlink.api.domain;

import com.payerlink.IntegrationTest;
import com.payerlink.TestDatabase;
import com.payerlink.core.InvalidInputException;
import com.payerlink.core.security.Role;
import com.payerlink.tenant.domain.Tenant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ApiTokenServiceTest extends IntegrationTest {

    @Autowired
    private ApiTokenService tokenService;

    @Test
    void only_the_sha256_hash_of_the_secret_is_stored() throws SQLException {
        Tenant t = newTenant();
        CreatedApiToken created = as(t, Role.ORG_ADMIN, () -> tokenService.create(new NewApiToken("hashing", Role.VIEWER, null)));

        String stored = storedHash(created.token());

        assertThat(stored).isEqualTo(ApiTokenSecret.hash(created.secret())).hasSize(64).doesNotContain(created.secret().substring(3));
        assertThat(ApiTokenSecret.hash(created.secret()))
            .as("hex SHA-256 as sha256sum prints it").matches("[0-9a-f]{64}");
    }

    @Test
    void secrets_carry_256_random_bits_and_are_never_the_same() {
        String a = ApiTokenSecret.generate();
        String b = ApiTokenSecret.generate();

        assertThat(a).startsWith("pl_").hasSize(3 + 43).isNotEqualTo(b);
        assertThat(ApiTokenSecret.hasTokenFormat(a)).isTrue();
        assertThat(ApiTokenSecret.hasTokenFormat(a + "x")).isFalse();
    }

    @Test
    void a_token_is_valid_for_its_tenant_and_role_only_while_it_is_neither_revoked_nor_expired() {
        Tenant t = newTenant();
        CreatedApiToken created = as(t, Role.ORG_ADMIN, () -> tokenService.create(new NewApiToken("ci", Role.OPERATOR,
                java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusDays(30))));

        ApiTokenCheck valid = tokenService.check(created.secret());
        assertThat(valid.outcome()).isEqualTo(ApiTokenCheck.Outcome.VALID);
        assertThat(valid.tenantId()).isEqualTo(t.id());
        assertThat(valid.tenantName()).isEqualTo(t.name());
        assertThat(valid.role()).isEqualTo(Role.OPERATOR);
        assertThat(created.token().expiresAt().toLocalTime()).isEqualTo(java.time.LocalTime.MIDNIGHT);

        String secret = created.secret();
        char last = secret.charAt(secret.length() - 1);
        String tampered = secret.substring(0, secret.length() - 1) + (last == 'x' ? 'y' : 'x');
        assertThat(tokenService.check(tampered).outcome()).isEqualTo(ApiTokenCheck.Outcome.UNKNOWN);
        as(t, Role.ORG_ADMIN, () -> tokenService.revoke(created.token().id()));
        assertThat(tokenService.check(created.secret()).outcome()).isEqualTo(ApiTokenCheck.Outcome.REVOKED);
    }

    @Test
    void only_org_admins_manage_tokens_and_only_their_own_tenants() {
        Tenant mine = newTenant();
        Tenant other = newTenant();
        CreatedApiToken theirs = as(other, Role.ORG_ADMIN, () -> tokenService.create(new NewApiToken("theirs", Role.VIEWER, null)));

        assertThatThrownBy(() -> as(mine, Role.OPERATOR, () -> tokenService.create(new NewApiToken("x", Role.VIEWER, null))))
            .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(mine, Role.OPERATOR, tokenService::tokensOfMyTenant))
            .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(mine, Role.ORG_ADMIN, () -> tokenService.revoke(theirs.token().id())))
            .isInstanceOf(InvalidInputException.class);
        assertThat(as(mine, Role.ORG_ADMIN, tokenService::tokensOfMyTenant)).isEmpty();
        assertThat(tokenService.check(theirs.secret()).outcome()).isEqualTo(ApiTokenCheck.Outcome.VALID);
    }

    @Test
    void a_token_may_not_have_a_platform_role_an_org_admin_scope_without_its_creator_nor_an_empty_name() {
        Tenant t = newTenant();

        assertThatThrownBy(() -> as(t, Role.ORG_ADMIN, () -> tokenService.create(new NewApiToken("root", Role.PLATFORM_ADMIN, null))))
            .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("role"));
        // no user: nobody whose role the token could follow
        assertThatThrownBy(() -> as(t, Role.ORG_ADMIN, () -> tokenService.create(new NewApiToken("root", Role.ORG_ADMIN, null))))
            .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.getMessage()).contains("signed-in org admin"));
        assertThatThrownBy(() -> as(t, Role.ORG_ADMIN, () -> tokenService.create(new NewApiToken("  ", Role.VIEWER, null))))
            .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("name"));
    }

    private static String storedHash(ApiToken token) throws SQLException {
        TestDatabase db = TestDatabase.get();
        try (Connection owner = DriverManager.getConnection(db.url(), db.username(), db.password());
             PreparedStatement select = owner.prepareStatement("select secret_hash from api_token where id = ?")) {
            select.setObject(1, token.id());
            try (ResultSet rs = select.executeQuery()) {
                assertThat(rs.next()).isTrue();
                return rs.getString(1);
            }
        }
    }

}
