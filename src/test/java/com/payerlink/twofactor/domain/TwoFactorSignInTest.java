package com.payerlink.twofactor.domain;

import com.payerlink.core.Base32;
import com.payerlink.IntegrationTest;
import com.payerlink.core.InvalidInputException;
import com.payerlink.core.security.PayerlinkUser;
import com.payerlink.core.security.PendingSignIn;
import com.payerlink.core.security.Role;
import com.payerlink.core.security.SecondStep;
import com.payerlink.core.security.SignInDirectory;
import com.payerlink.core.tenancy.CurrentScope;
import com.payerlink.core.tenancy.DatabaseScope;
import com.payerlink.tenant.domain.Tenant;
import com.payerlink.tenant.domain.UserAccount;
import com.payerlink.tenant.domain.UserService;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Instant;
import java.util.List;

import static com.payerlink.db.Tables.TWO_FACTOR_RECOVERY_CODE;
import static com.payerlink.db.Tables.USER_TWO_FACTOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TwoFactorSignInTest extends IntegrationTest {

    @Autowired
    TwoFactorService twoFactor;

    @Autowired
    SignInSecondStep secondStep;

    @Autowired
    SignInDirectory directory;

    @Autowired
    UserService userService;

    @Autowired
    DSLContext dsl;

    @Test
    void setting_up_needs_the_apps_current_code_and_gives_ten_recovery_codes() {
        UserAccount operator = newUser(newTenant(), Role.OPERATOR);

        Enrolment enrolment = signedInAs(operator.email(), twoFactor::startEnrolment);
        assertThatThrownBy(() -> signedInAs(operator.email(), () -> twoFactor.confirmEnrolment("000000")))
            .isInstanceOf(InvalidInputException.class)
            .hasMessageContaining("not the code your app shows");
        assertThat(signedInAs(operator.email(), twoFactor::status).enrolled()).isFalse();

        List<String> codes = signedInAs(operator.email(), () -> twoFactor.confirmEnrolment(codeNow(enrolment)));

        assertThat(codes).hasSize(10).doesNotHaveDuplicates().allMatch(c -> c.matches("[A-Z2-9]{5}-[A-Z2-9]{5}"));
        assertThat(signedInAs(operator.email(), twoFactor::status)).isEqualTo(new TwoFactorStatus(true, false, 10));
        assertThat(enrolment.otpauthUri()).startsWith("otpauth://totp/Payerlink:" + operator.email().replace("@", "%40"))
            .contains("secret=" + enrolment.secret());
    }

    @Test
    void secrets_are_sealed_and_recovery_codes_hashed_and_only_the_users_own_scope_reads_them() {
        Tenant t = newTenant();
        UserAccount operator = newUser(t, Role.OPERATOR);
        Enrolment enrolment = signedInAs(operator.email(), twoFactor::startEnrolment);
        List<String> codes = signedInAs(operator.email(), () -> twoFactor.confirmEnrolment(codeNow(enrolment)));

        DatabaseScope own = new DatabaseScope(t.id(), Role.OPERATOR, operator.id());
        String sealed = CurrentScope.callAs(own, () -> dsl.fetchOne(USER_TWO_FACTOR, USER_TWO_FACTOR.USER_ID.eq(operator.id())))
            .getSecretSealed();
        List<String> hashes = CurrentScope.callAs(own, () -> dsl.fetch(TWO_FACTOR_RECOVERY_CODE).getValues(TWO_FACTOR_RECOVERY_CODE.CODE_HASH));
        assertThat(sealed).doesNotContain(enrolment.secret());
        assertThat(hashes).hasSize(10).noneMatch(h -> codes.stream().anyMatch(c -> h.contains(c.replace("-", ""))));

        DatabaseScope orgAdminOfTenant = new DatabaseScope(t.id(), Role.ORG_ADMIN, java.util.UUID.randomUUID());
        assertThat(CurrentScope.callAs(orgAdminOfTenant, () -> dsl.fetchCount(USER_TWO_FACTOR))).isZero();
        assertThat(CurrentScope.callAs(orgAdminOfTenant, () -> dsl.fetchCount(TWO_FACTOR_RECOVERY_CODE))).isZero();
        assertThat(asPlatform(() -> dsl.fetchCount(USER_TWO_FACTOR))).isZero();
    }

    @Test
    void a_code_signs_in_once_and_a_recovery_code_once() {
        UserAccount operator = newUser(newTenant(), Role.OPERATOR);
        Enrolment enrolment = signedInAs(operator.email(), twoFactor::startEnrolment);
        // the code that confirmed the app is used already
        String confirmingCode = codeNow(enrolment);
        List<String> recovery = signedInAs(operator.email(), () -> twoFactor.confirmEnrolment(confirmingCode));
        PendingSignIn pending = pendingFor(operator.email());
        assertThat(pending.step()).isEqualTo(SecondStep.CODE);

        assertThat(secondStep.verify(pending, confirmingCode)).as("the confirming code again").isFalse();
        String next = Totp.code(Base32.decode(enrolment.secret()), Totp.stepAt(Instant.now()) + 1);
        assertThat(secondStep.verify(pending, next)).isTrue();
        assertThat(secondStep.verify(pendingFor(operator.email()), next)).as("the same code again").isFalse();

        assertThat(secondStep.verify(pendingFor(operator.email()), recovery.get(3).toLowerCase())).isTrue();
        assertThat(secondStep.verify(pendingFor(operator.email()), recovery.get(3))).as("a used recovery code").isFalse();
        assertThat(signedInAs(operator.email(), twoFactor::status).recoveryCodesLeft()).isEqualTo(9);
    }

    @Test
    void platform_staff_must_set_it_up_and_tenant_users_only_once_their_org_admin_requires_it() {
        Tenant t = newTenant();
        UserAccount operator = newUser(t, Role.OPERATOR);
        UserAccount agent = newSupportAgent();

        assertThat(pendingStep(agent.email())).isEqualTo(SecondStep.ENROL);
        assertThat(pendingStep(operator.email())).isEqualTo(SecondStep.NONE);

        signedInAs(adminEmail(t), () -> {
            twoFactor.requireForTenant(true);
            return null;
        });

        assertThat(pendingStep(operator.email())).isEqualTo(SecondStep.ENROL);
        assertThat(pendingStep(newUser(newTenant(), Role.OPERATOR).email())).as("another tenant's user").isEqualTo(SecondStep.NONE);
        assertThatThrownBy(() -> signedInAs(operator.email(), () -> {
            twoFactor.requireForTenant(false);
            return null;
        })).hasMessageContaining("Your role may not do this");
    }

    @Test
    void a_required_second_factor_cannot_be_turned_off_but_an_optional_one_can() {
        UserAccount operator = newUser(newTenant(), Role.OPERATOR);
        Enrolment enrolment = signedInAs(operator.email(), twoFactor::startEnrolment);
        signedInAs(operator.email(), () -> twoFactor.confirmEnrolment(codeNow(enrolment)));
        UserAccount agent = newSupportAgent();
        Enrolment agents = signedInAs(agent.email(), twoFactor::startEnrolment);
        signedInAs(agent.email(), () -> twoFactor.confirmEnrolment(codeNow(agents)));

        assertThatThrownBy(() -> signedInAs(agent.email(), () -> {
            twoFactor.turnOff();
            return null;
        })).isInstanceOf(InvalidInputException.class).hasMessageContaining("Platform staff always");
        signedInAs(operator.email(), () -> {
            twoFactor.turnOff();
            return null;
        });

        assertThat(signedInAs(operator.email(), twoFactor::status).enrolled()).isFalse();
        assertThat(pendingStep(operator.email())).isEqualTo(SecondStep.NONE);
    }

    @Test
    void a_remembered_browser_skips_the_code_until_the_users_access_changes() {
        Tenant t = newTenant();
        UserAccount operator = newUser(t, Role.OPERATOR);
        UserAccount other = newUser(t, Role.OPERATOR);
        Enrolment enrolment = signedInAs(operator.email(), twoFactor::startEnrolment);
        signedInAs(operator.email(), () -> twoFactor.confirmEnrolment(codeNow(enrolment)));
        Enrolment others = signedInAs(other.email(), twoFactor::startEnrolment);
        signedInAs(other.email(), () -> twoFactor.confirmEnrolment(codeNow(others)));
        PayerlinkUser user = user(operator.email());
        String token = secondStep.trustedBrowserToken(user);

        assertThat(secondStep.stepFor(user, token)).isEqualTo(SecondStep.NONE);
        assertThat(secondStep.stepFor(user, tampered(token))).isEqualTo(SecondStep.CODE);
        assertThat(secondStep.stepFor(user(other.email()), token)).as("another user's browser token").isEqualTo(SecondStep.CODE);

        signedInAs(adminEmail(t), () -> userService.changeRole(operator.id(), operator.version(), Role.VIEWER));

        assertThat(secondStep.stepFor(user(operator.email()), token)).isEqualTo(SecondStep.CODE);
    }

    /**
     * The token with its next-to-last character changed: always another signature (the last character of unpadded
     * base64 may carry unused bits, so changing it alone could leave the signature as it was).
     */
    private static String tampered(String token) {
        int at = token.length() - 2;
        char other = token.charAt(at) == 'A' ? 'B' : 'A';
        return token.substring(0, at) + other + token.substring(at + 1);
    }

    private PayerlinkUser user(String email) {
        return (PayerlinkUser) directory.loadUserByUsername(email);
    }

    private SecondStep pendingStep(String email) {
        return secondStep.stepFor(user(email), null);
    }

    private PendingSignIn pendingFor(String email) {
        return new PendingSignIn(user(email), "198.18.0.1", pendingStep(email));
    }

    static String codeNow(Enrolment enrolment) {
        return Totp.code(Base32.decode(enrolment.secret()), Totp.stepAt(Instant.now()));
    }

}
