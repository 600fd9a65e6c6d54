package com.payerlink;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.shared.ui.Transport;
import com.vaadin.flow.theme.Theme;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Payerlink: MSPs connect many customer AWS accounts to cost analytics. */
@SpringBootApplication
@ConfigurationPropertiesScan
@Theme("payerlink")
// client messages as XHR requests (Vaadin's default, named here): each passes the security filters, see SessionStampFilter
@Push(transport = Transport.WEBSOCKET_XHR)
public class Application implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(Application.class, args);
    }

}
