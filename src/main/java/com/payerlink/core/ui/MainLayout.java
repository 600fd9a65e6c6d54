package com.payerlink.core.ui;

import com.payerlink.core.PlatformNotices;
import com.payerlink.core.security.PayerlinkUser;
import com.payerlink.core.security.UserPreferences;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;

import java.util.List;
import java.util.Locale;

/**
 * The shell around every signed-in view: the tenant, the user and role, the navigation the
 * user's role allows (views declare themselves with {@code @Menu}; entries the role may not open
 * are left out), and the platform notice, once above every view.
 */
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final transient AuthenticationContext authenticationContext;

    private final transient PlatformNotices platformNotices;

    // on its own line under the header (the navbar wraps), so it stays in view on every page
    private final Div notice = new Div();

    private final ThemeToggle themeToggle;

    public MainLayout(AuthenticationContext authenticationContext, PlatformNotices platformNotices, UserPreferences preferences) {
        this.authenticationContext = authenticationContext;
        this.platformNotices = platformNotices;
        this.themeToggle = new ThemeToggle(preferences);
        setPrimarySection(Section.DRAWER);
        addToNavbar(true, new DrawerToggle(), createHeader());
        addToDrawer(createBrand(), createNavigation());
        notice.addClassName("platform-notices");
        notice.getElement().setAttribute("role", "status");
        addToNavbar(notice);
    }

    // asked again on every navigation (from memory: PlatformNotices refreshes in the background), so a fixed
    // problem's notice goes away without a reload
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        List<String> messages = authenticationContext.getAuthenticatedUser(PayerlinkUser.class)
            .map(user -> platformNotices.forRole(user.role()))
            .orElse(List.of());
        notice.removeAll();
        messages.forEach(message -> {
            // a Div, not a Paragraph: views' own paragraphs stay the only ones in them
            Div line = new Div(message);
            line.addClassName("platform-notice");
            notice.add(line);
        });
        notice.setVisible(!messages.isEmpty());
    }

    private Div createBrand() {
        H1 brand = new H1("Payerlink");
        brand.addClassName("brand");
        Div wrapper = new Div(brand);
        wrapper.addClassName("brand-wrapper");
        return wrapper;
    }

    private SideNav createNavigation() {
        SideNav nav = new SideNav();
        nav.addClassName("main-nav");
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            SideNavItem item = new SideNavItem(entry.title(), entry.path());
            if (entry.icon() != null && entry.icon().startsWith("vaadin:")) {
                item.setPrefixComponent(VaadinIcon
                    .valueOf(entry.icon().substring(7).toUpperCase(Locale.ROOT).replace('-', '_'))
                    .create());
            }
            nav.addItem(item);
        }
        return nav;
    }

    private HorizontalLayout createHeader() {
        HorizontalLayout header = new HorizontalLayout();
        header.addClassName("app-header");
        // grows beside the drawer toggle; the platform notice wraps onto the navbar's next line
        header.getStyle().set("flex", "1 1 0").set("min-width", "0");
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        authenticationContext.getAuthenticatedUser(PayerlinkUser.class).ifPresent(user -> {
            Span tenant = new Span(user.tenantName());
            tenant.addClassName("tenant-name");
            String name = user.displayName().equals(user.role().label()) ? user.email() : user.displayName();
            Span who = new Span(name + " · " + user.role().label());
            who.addClassName("user-name");
            Button logout = new Button("Sign out", VaadinIcon.SIGN_OUT.create(), e -> authenticationContext.logout());
            logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            Div spacer = new Div();
            header.add(tenant, spacer, who, themeToggle, logout);
            header.setFlexGrow(1, spacer);
        });
        return header;
    }

}
