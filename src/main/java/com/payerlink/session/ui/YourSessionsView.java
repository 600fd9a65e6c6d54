package com.payerlink.session.ui;

import com.payerlink.core.security.SignedInSessions;
import com.payerlink.core.ui.GridPage;
import com.payerlink.core.ui.MainLayout;
import com.payerlink.core.ui.Notices;
import com.payerlink.core.ui.Timestamps;
import com.payerlink.core.ui.ViewHeader;
import com.payerlink.session.domain.SignedInSession;
import com.payerlink.session.domain.YourSessions;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

import org.jspecify.annotations.Nullable;

import java.util.UUID;

/** "Your sessions": where you are signed in, with a sign-out per session and one for everywhere. */
@Route(value = "sessions", layout = MainLayout.class)
@PageTitle("Your sessions · Payerlink")
@Menu(order = 98, title = "Your sessions", icon = "vaadin:laptop")
@PermitAll
public class YourSessionsView extends GridPage<SignedInSession> {

    private final transient YourSessions sessions;

    private final transient AuthenticationContext authentication;

    private final @Nullable UUID current;

    public YourSessionsView(YourSessions sessions, AuthenticationContext authentication) {
        super(SignedInSession.class);
        this.sessions = sessions;
        this.authentication = authentication;
        this.current = SignedInSessions.idOf(VaadinSession.getCurrent().getSession());
        Button everywhere = new Button("Sign out everywhere", VaadinIcon.SIGN_OUT.create(), e -> signOutEverywhere());
        everywhere.addThemeVariants(ButtonVariant.LUMO_ERROR);
        addColumns();
        layOut(new ViewHeader("Your sessions", everywhere),
                new Paragraph("Each browser you are signed in with. A session ends after "
                        + sessions.idleTimeout().toMinutes() + " minutes without activity. "
                        + "\"Sign out everywhere\" ends them all, this one too, on every portal node."));
    }

    private void addColumns() {
        grid.addComponentColumn(s -> new Span(s.browser() + (s.current() ? " · this session" : "")))
            .setHeader("Browser").setFlexGrow(2);
        grid.addColumn(SignedInSession::clientAddress).setHeader("From address");
        grid.addColumn(s -> Timestamps.dateTime(s.startedAt())).setHeader("Signed in");
        grid.addColumn(s -> Timestamps.age(s.lastSeenAt())).setHeader("Last active");
        grid.addComponentColumn(this::signOutButton).setHeader("");
        grid.setEmptyStateText("No other sessions.");
    }

    private Button signOutButton(SignedInSession session) {
        Button button = new Button("Sign out");
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        button.setAriaLabel("Sign out " + session.browser() + " from " + session.clientAddress());
        button.addClickListener(e -> {
            if (session.current()) {
                authentication.logout();
                return;
            }
            Notices.attempt(() -> sessions.signOut(session.id()),
                    "Signed out " + session.browser() + " from " + session.clientAddress() + ".");
            refresh();
        });
        return button;
    }

    private void signOutEverywhere() {
        sessions.signOutEverywhere();
        authentication.logout();
    }

    @Override
    protected void refresh() {
        grid.setItems(sessions.open(current == null ? new UUID(0, 0) : current));
    }

}
