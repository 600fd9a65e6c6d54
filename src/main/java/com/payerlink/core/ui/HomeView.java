package com.payerlink.core.ui;

import com.payerlink.core.PlatformNotice;
import com.payerlink.core.security.PayerlinkUser;
import com.payerlink.core.security.Role;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

import java.util.List;
import java.util.Objects;

/** Where every user lands after signing in: what the role is for, and where to start. */
@Route(value = "", layout = MainLayout.class)
@PageTitle("Home · Payerlink")
@Menu(order = 0, title = "Home", icon = "vaadin:home")
@PermitAll
public class HomeView extends VerticalLayout {

    public HomeView(AuthenticationContext authenticationContext, List<PlatformNotice> notices) {
        authenticationContext.getAuthenticatedUser(PayerlinkUser.class).ifPresent(user -> {
            add(new H2("Welcome, " + user.displayName()));
            add(new Paragraph(switch (user.role()) {
                case PLATFORM_ADMIN -> "You run the platform: create a tenant for each MSP, with its first org admin, under Tenants.";
                case SUPPORT_AGENT -> "You answer the support tickets of every tenant.";
                case ORG_ADMIN -> "You manage your MSP's users and customer accounts, and you register their connections.";
                case OPERATOR -> "You import customer accounts, walk them through the connection wizard and verify them.";
                case VIEWER -> "You can follow the progress of your MSP's customer accounts; you cannot change them.";
            }));
            if (user.role() == Role.PLATFORM_ADMIN) {
                notices.stream().map(PlatformNotice::message).filter(Objects::nonNull).forEach(message -> {
                    Paragraph notice = new Paragraph(message);
                    notice.addClassName("platform-notice");
                    add(notice);
                });
            }
        });
    }

}
