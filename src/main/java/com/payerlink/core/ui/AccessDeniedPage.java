package com.payerlink.core.ui;

import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Shown to a signed-in user who opens a page their role may not open (in development and production mode alike),
 * inside the portal's navigation so that the way on is one click.
 */
@PageTitle("No access · Payerlink")
@ParentLayout(MainLayout.class)
@PermitAll
public class AccessDeniedPage extends ErrorPage implements HasErrorParameter<AccessDeniedException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        show("You don't have access to this page",
                "Your role does not include this page. If you need it, ask your organisation's admin.");
        return HttpServletResponse.SC_FORBIDDEN;
    }

}
