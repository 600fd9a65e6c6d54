package com.payerlink.password.ui;

import com.payerlink.core.security.PayerlinkUser;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * A user who must change their password (the first platform admin's was generated and logged) reaches no view but
 * {@link ChangePasswordView} until they have.
 */
@Component
class PasswordChangeGate implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(PasswordChangeGate::beforeEnter));
    }

    private static void beforeEnter(BeforeEnterEvent event) {
        PayerlinkUser user = SignedInUser.current();
        if (user != null && user.mustChangePassword() && event.getNavigationTarget() != ChangePasswordView.class) {
            event.rerouteTo(ChangePasswordView.class);
        }
    }

}
