package com.payerlink.dashboard.ui;

import com.payerlink.core.security.PayerlinkUser;
import com.payerlink.core.security.Role;
import com.payerlink.core.ui.MainLayout;
import com.payerlink.dashboard.domain.BackgroundJobs;
import com.payerlink.dashboard.domain.DashboardService;
import com.payerlink.dashboard.domain.PlatformOverviewService;
import com.payerlink.support.ui.TicketsView;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;

import java.util.Optional;

/**
 * Where every user lands after signing in. Tenant users see where their accounts stand and what needs their action;
 * platform admins an overview of every tenant; support agents go straight on to their ticket queue.
 */
@Route(value = "", layout = MainLayout.class)
@PageTitle("Home · Payerlink")
@Menu(order = 0, title = "Home", icon = "vaadin:home")
@PermitAll
public class HomeView extends VerticalLayout implements BeforeEnterObserver {

    private final @Nullable Role role;

    public HomeView(AuthenticationContext authenticationContext, ObjectProvider<DashboardService> dashboard,
            ObjectProvider<PlatformOverviewService> overview, ObjectProvider<BackgroundJobs> jobs) {
        Optional<PayerlinkUser> user = authenticationContext.getAuthenticatedUser(PayerlinkUser.class);
        this.role = user.map(PayerlinkUser::role).orElse(null);
        addClassName("home-view");
        user.filter(u -> u.role() != Role.SUPPORT_AGENT).ifPresent(u -> {
            add(new H2("Welcome, " + u.displayName()), new Paragraph(purpose(u.role())));
            if (u.role() == Role.PLATFORM_ADMIN) {
                add(new PlatformOverview(overview.getObject(), jobs.getObject()));
            }
            else {
                add(new TenantDashboard(dashboard.getObject(), u.role()));
            }
        });
    }

    // support agents work from their queue: Home is one click too many for them
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (role == Role.SUPPORT_AGENT) {
            event.forwardTo(TicketsView.class);
        }
    }

    private static String purpose(Role role) {
        return switch (role) {
            case PLATFORM_ADMIN -> "You run the platform: create a tenant for each MSP, with its first org admin, under "
                    + "Tenants. Below, every tenant's accounts, and what keeps mail or jobs from getting through.";
            case SUPPORT_AGENT -> "You answer the support tickets of every tenant.";
            case ORG_ADMIN -> "You manage your MSP's users and customer accounts, and you register their connections.";
            case OPERATOR -> "You import customer accounts, walk them through the connection wizard and verify them.";
            case VIEWER -> "You follow the progress of your MSP's customer accounts; you cannot change them.";
        };
    }

}
