package com.payerlink.sso.ui;

import com.payerlink.core.ConcurrentChangeException;
import com.payerlink.core.InvalidInputException;
import com.payerlink.core.security.Role;
import com.payerlink.core.security.Roles;
import com.payerlink.core.ui.MainLayout;
import com.payerlink.core.ui.Notices;
import com.payerlink.core.ui.ViewHeader;
import com.payerlink.sso.domain.EmailDomain;
import com.payerlink.sso.domain.SsoProvider;
import com.payerlink.sso.domain.SsoProviderInput;
import com.payerlink.sso.domain.SsoProviderService;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

import java.util.Map;
import java.util.stream.Collectors;

/**
 * The org admin's single sign-on: the tenant's OpenID Connect provider, its e-mail domains, the role of users created
 * at their first sign-in, and "SSO only". Shows the redirect URI to register at the provider.
 */
@Route(value = "single-sign-on", layout = MainLayout.class)
@PageTitle("Single sign-on · Payerlink")
@Menu(order = 86, title = "Single sign-on", icon = "vaadin:sign-in")
@RolesAllowed(Roles.ORG_ADMIN)
public class SingleSignOnView extends VerticalLayout {

    private final transient SsoProviderService providers;

    final TextField issuer = new TextField("Issuer URL");

    final TextField clientId = new TextField("Client id");

    final PasswordField clientSecret = new PasswordField("Client secret");

    final TextArea domains = new TextArea("Allowed e-mail domains");

    final Select<Role> newUserRole = new Select<>();

    final Checkbox ssoOnly = new Checkbox("SSO only: refuse password sign-in for this organisation's users");

    final TextField redirectUri = new TextField("Redirect URI (register it at your identity provider)");

    final Button save = new Button("Save");

    final Button remove = new Button("Turn off single sign-on");

    private @Nullable Integer version;

    public SingleSignOnView(SsoProviderService providers) {
        this.providers = providers;
        setMaxWidth("860px");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        save.addClickListener(e -> save());
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        remove.addClickListener(e -> remove());
        add(new ViewHeader("Single sign-on"),
                new Paragraph("Your users sign in with their work account at your identity provider (OpenID Connect)."
                        + " Register Payerlink there as a web application with the redirect URI below, then enter the"
                        + " issuer, client id and secret it gives you. Users whose e-mail domain is listed sign in by"
                        + " \"Sign in with SSO\"; a user who is new to Payerlink is created at the first sign-in with the"
                        + " role below, and found by e-mail address afterwards."),
                createForm(), new HorizontalLayout(save, remove));
        show(providers.current().orElse(null));
    }

    private FormLayout createForm() {
        issuer.setPlaceholder("https://login.example.com/realms/acme");
        issuer.setHelperText("Payerlink reads <issuer>/.well-known/openid-configuration when you save.");
        clientSecret.setRevealButtonVisible(false);
        domains.setPlaceholder("example.com");
        domains.setHelperText("Comma-separated or one per line. A domain can belong to one organisation only.");
        newUserRole.setLabel("Role of users created at their first sign-in");
        newUserRole.setItems(Role.ORG_ADMIN, Role.OPERATOR, Role.VIEWER);
        newUserRole.setItemLabelGenerator(Role::label);
        redirectUri.setReadOnly(true);
        redirectUri.setValue(providers.redirectUri());
        FormLayout form = new FormLayout(issuer, clientId, clientSecret, newUserRole, domains, redirectUri, ssoOnly);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));
        form.setColspan(issuer, 2);
        form.setColspan(domains, 2);
        form.setColspan(redirectUri, 2);
        form.setColspan(ssoOnly, 2);
        return form;
    }

    private void show(@Nullable SsoProvider provider) {
        version = provider == null ? null : provider.version();
        issuer.setValue(provider == null ? "" : provider.issuer().value());
        clientId.setValue(provider == null ? "" : provider.clientId());
        clientSecret.clear();
        clientSecret.setHelperText(provider == null ? "Stored encrypted; never shown again."
                : "Saved (encrypted). Leave empty to keep it; type a new one to replace it.");
        domains.setValue(provider == null ? ""
                : provider.domains().stream().map(EmailDomain::value).collect(Collectors.joining(", ")));
        newUserRole.setValue(provider == null ? Role.VIEWER : provider.newUserRole());
        ssoOnly.setValue(provider != null && provider.ssoOnly());
        remove.setVisible(provider != null);
        fields().values().forEach(field -> field.setInvalid(false));
    }

    private void save() {
        fields().values().forEach(field -> field.setInvalid(false));
        try {
            SsoProvider saved = providers.save(new SsoProviderInput(issuer.getValue(), clientId.getValue(),
                    clientSecret.getValue(), domains.getValue(), newUserRole.getValue(), ssoOnly.getValue()), version);
            show(saved);
            Notices.success("Single sign-on saved. Users of " + domains.getValue() + " can now choose \"Sign in with SSO\".");
        }
        catch (InvalidInputException e) {
            Notices.show(e, fields());
        }
        catch (ConcurrentChangeException e) {
            show(providers.current().orElse(null));
            Notices.error(e.getMessage());
        }
    }

    private void remove() {
        try {
            providers.remove(version == null ? 0 : version);
            show(null);
            Notices.success("Single sign-on is off. Your users sign in with their passwords.");
        }
        catch (ConcurrentChangeException e) {
            show(providers.current().orElse(null));
            Notices.error(e.getMessage());
        }
    }

    private Map<String, HasValidation> fields() {
        return Map.of("issuerUrl", issuer, "clientId", clientId, "clientSecret", clientSecret, "domains", domains,
                "newUserRole", newUserRole, "ssoOnly", ssoOnly);
    }

}
