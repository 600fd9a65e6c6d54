package com.payerlink.account.ui;

import com.payerlink.account.domain.ConnectionSettingsService;
import com.payerlink.core.security.Roles;
import com.payerlink.core.ui.MainLayout;
import com.payerlink.core.ui.SettingSwitch;
import com.payerlink.core.ui.ViewHeader;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** The org admin's choices for the tenant's connections, e.g. registering them when their stack reports back. */
@Route(value = "connection-settings", layout = MainLayout.class)
@PageTitle("Connection settings · Payerlink")
@Menu(order = 87, title = "Connection settings", icon = "vaadin:cogs")
@RolesAllowed(Roles.ORG_ADMIN)
public class ConnectionSettingsView extends VerticalLayout {

    public final Checkbox registerOnStackReport =
            new Checkbox("Register connections automatically when their stack reports back");

    public final Checkbox submitEnablementTicket =
            new Checkbox("Submit the enablement ticket by itself once a connection of several accounts passes verification");

    public ConnectionSettingsView(ConnectionSettingsService settings) {
        SettingSwitch.bind(registerOnStackReport, settings.registerOnStackReport(), settings::setRegisterOnStackReport,
                "Connections are registered when their stack reports back.",
                "Connections wait for an org admin to register them.");
        SettingSwitch.bind(submitEnablementTicket, settings.submitEnablementTicket(), settings::setSubmitEnablementTicket,
                "Enablement tickets are submitted once verification passes.",
                "Enablement tickets stay drafts until an operator submits them.");
        add(new ViewHeader("Connection settings"), registerOnStackReport, new Paragraph("When a customer's"
                + " CloudFormation stack reports its role back, Payerlink saves it and marks steps 5 and 6 done. With"
                + " this on, it also registers the connection (once steps 3 and 4 are confirmed) and verifies it against"
                + " AWS at once: no click per account. Off, an org admin registers each connection."),
                submitEnablementTicket, new Paragraph("A connection that reads several MSP customer accounts (MSP"
                + " customer accounts, one connection) waits for support until a ticket that lists every member account"
                + " of the customers it covers is resolved. With this on, that ticket is submitted as soon as the"
                + " connection passes verification; off, it stays a draft for an operator to review and submit."));
    }

}
