package com.payerlink.core.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/** Shown for an address that is no page of the portal (or an account that does not exist in the tenant). */
@PageTitle("Page not found · Payerlink")
@AnonymousAllowed
public class PageNotFoundPage extends ErrorPage implements HasErrorParameter<NotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        show("This page does not exist", "Check the address, or start again from Home.");
        return HttpServletResponse.SC_NOT_FOUND;
    }

}
