package com.payerlink.session.ui;

import com.payerlink.core.security.PayerlinkUser;
import com.payerlink.core.security.Role;
import com.payerlink.core.security.SignedInSessionsProbe;
import com.payerlink.core.ui.KaribuTest;
import com.payerlink.session.domain.SignedInSession;
import com.payerlink.tenant.domain.Tenant;
import com.payerlink.tenant.domain.UserAccount;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class YourSessionsViewTest extends KaribuTest {

    @Autowired
    SignedInSessionsProbe probe;

    @Test
    void a_user_sees_their_sessions_and_signs_out_everywhere() {
        Tenant t = newTenant();
        UserAccount user = newUser(t, Role.OPERATOR);
        PayerlinkUser me = login(user.email());
        MockHttpServletRequest laptop = probe.request("192.0.2.10", "Mozilla/5.0 (Windows NT 10.0) Firefox/133.0");
        assertThat(probe.alive(me, laptop)).isTrue();

        UI.getCurrent().navigate(YourSessionsView.class);

        assertThat(_findAll(sessionsGrid())).extracting(SignedInSession::browser, SignedInSession::clientAddress)
            .containsExactly(org.assertj.core.groups.Tuple.tuple("Firefox on Windows", "192.0.2.10"));
        _get(Button.class, spec -> spec.withText("Sign out everywhere")).click();
        assertThat(probe.alive(me, laptop)).isFalse();
    }

    @SuppressWarnings("unchecked")
    private static Grid<SignedInSession> sessionsGrid() {
        return _get(Grid.class);
    }

}
