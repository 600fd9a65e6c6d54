package com.payerlink.support.ui;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import com.payerlink.core.security.PayerlinkUser;
import com.payerlink.core.security.Role;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.springframework.stereotype.Component;

/** Support agents work from their queue: the start page (where sign-in lands) takes them to the Tickets view. */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class SupportLanding implements VaadinServiceInitListener {

    private final transient AuthenticationContext authenticationContext;

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(this::toQueue));
    }

    private void toQueue(BeforeEnterEvent event) {
        boolean agent = authenticationContext.getAuthenticatedUser(PayerlinkUser.class)
            .map(u -> u.role() == Role.SUPPORT_AGENT).orElse(false);
        if (agent && event.getLocation().getPath().isEmpty()) {
            event.forwardTo(TicketsView.class);
        }
    }

}
