package com.payerlink.notification.domain;

import com.payerlink.core.PortalSettings;
import org.springframework.stereotype.Component;

/** Absolute links into the portal for e-mails ({@code payerlink.base-url}). */
@Component
public class PortalLinks {

    private final String baseUrl;

    PortalLinks(PortalSettings settings) {
        String baseUrl = settings.baseUrl();
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** The portal's address of a route, e.g. {@code to("tickets/…")}. */
    public String to(String path) {
        return baseUrl + "/" + (path.startsWith("/") ? path.substring(1) : path);
    }

}
