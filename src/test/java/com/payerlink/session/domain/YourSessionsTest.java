package com.payerlink.session.domain;

import com.payerlink.IntegrationTest;
import com.payerlink.core.InvalidInputException;
import com.payerlink.core.security.PayerlinkUser;
import com.payerlink.core.security.Role;
import com.payerlink.core.security.SignInDirectory;
import com.payerlink.core.security.SignedInSessionsProbe;
import com.payerlink.tenant.domain.Tenant;
import com.payerlink.tenant.domain.UserAccount;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.core.env.Environment;
import org.springframework.mock.web.MockHttpServletRequest;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class YourSessionsTest extends IntegrationTest {

    @Autowired
    YourSessions yourSessions;

    @Autowired
    SignedInSessionsProbe probe;

    @Autowired
    SignInDirectory signInDirectory;

    @Autowired
    ServerProperties serverProperties;

    @Autowired
    Environment environment;

    @Test
    void a_user_sees_their_sessions_and_signs_one_out_which_ends_on_its_next_request() {
        Tenant t = newTenant();
        UserAccount user = newUser(t, Role.OPERATOR);
        PayerlinkUser me = (PayerlinkUser) signInDirectory.loadUserByUsername(user.email());
        MockHttpServletRequest laptop = probe.request("10.1.1.1", "Mozilla/5.0 (X11; Linux x86_64) Chrome/131.0");
        MockHttpServletRequest phone = probe.request("10.2.2.2", "Mozilla/5.0 (iPhone) Safari/604.1");
        assertThat(probe.alive(me, laptop)).isTrue();
        assertThat(probe.alive(me, phone)).isTrue();
        UUID laptopId = probe.idOf(laptop);
        UUID phoneId = probe.idOf(phone);

        assertThat(signedInAs(user.email(), () -> yourSessions.open(laptopId)))
            .extracting(SignedInSession::clientAddress, SignedInSession::browser, SignedInSession::current)
            .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("10.1.1.1", "Chrome on Linux", true),
                    org.assertj.core.groups.Tuple.tuple("10.2.2.2", "Safari on iOS", false));

        signedInAs(user.email(), () -> {
            yourSessions.signOut(phoneId);
            return null;
        });

        assertThat(probe.alive(me, phone)).as("the signed-out session").isFalse();
        assertThat(probe.alive(me, laptop)).as("the session that signed it out").isTrue();
        assertThat(signedInAs(user.email(), () -> yourSessions.open(laptopId))).extracting(SignedInSession::id)
            .containsExactly(laptopId);
    }

    @Test
    void an_idle_session_ends_after_thirty_minutes_by_default_and_an_open_tab_does_not_keep_it_alive() {
        assertThat(serverProperties.getServlet().getSession().getTimeout()).isEqualTo(Duration.ofMinutes(30));
        assertThat(environment.getProperty("vaadin.closeIdleSessions", Boolean.class)).isTrue();
    }

    @Test
    void nobody_sees_or_ends_another_users_sessions() {
        Tenant t = newTenant();
        UserAccount victim = newUser(t, Role.OPERATOR);
        UserAccount other = newUser(t, Role.OPERATOR);
        PayerlinkUser v = (PayerlinkUser) signInDirectory.loadUserByUsername(victim.email());
        MockHttpServletRequest session = probe.request("10.3.3.3", "Firefox/130.0");
        assertThat(probe.alive(v, session)).isTrue();
        UUID id = probe.idOf(session);

        assertThat(signedInAs(other.email(), () -> yourSessions.open(id))).isEmpty();
        assertThatThrownBy(() -> signedInAs(other.email(), () -> {
            yourSessions.signOut(id);
            return null;
        })).isInstanceOf(InvalidInputException.class);
        assertThat(probe.alive(v, session)).isTrue();
    }

    @Test
    void sign_out_everywhere_ends_every_session_of_the_user_only() {
        Tenant t = newTenant();
        UserAccount user = newUser(t, Role.VIEWER);
        UserAccount colleague = newUser(t, Role.VIEWER);
        PayerlinkUser me = (PayerlinkUser) signInDirectory.loadUserByUsername(user.email());
        PayerlinkUser them = (PayerlinkUser) signInDirectory.loadUserByUsername(colleague.email());
        MockHttpServletRequest one = probe.request("10.4.4.4", "Chrome/131.0");
        MockHttpServletRequest two = probe.request("10.5.5.5", "Chrome/131.0");
        MockHttpServletRequest theirs = probe.request("10.6.6.6", "Chrome/131.0");
        assertThat(probe.alive(me, one) && probe.alive(me, two) && probe.alive(them, theirs)).isTrue();

        signedInAs(user.email(), () -> {
            yourSessions.signOutEverywhere();
            return null;
        });

        assertThat(probe.alive(me, one)).isFalse();
        assertThat(probe.alive(me, two)).isFalse();
        assertThat(probe.alive(them, theirs)).isTrue();
        PayerlinkUser again = (PayerlinkUser) signInDirectory.loadUserByUsername(user.email());
        assertThat(probe.alive(again, probe.request("10.4.4.4", "Chrome/131.0"))).as("a new sign-in works").isTrue();
    }

}
