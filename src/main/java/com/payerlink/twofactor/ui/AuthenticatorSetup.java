package com.payerlink.twofactor.ui;

import com.payerlink.twofactor.domain.Enrolment;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/** The QR code to scan with an authenticator app, and the secret to type in for an app that cannot scan. */
class AuthenticatorSetup extends Div {

    AuthenticatorSetup(Enrolment enrolment) {
        addClassName("authenticator-setup");
        Paragraph scan = new Paragraph("Scan this QR code with an authenticator app (such as Google Authenticator,"
                + " Microsoft Authenticator or 1Password), then type the 6-digit code it shows.");
        Image qr = new Image(enrolment.qrCode(), "QR code for your authenticator app");
        qr.addClassName("qr-code");
        Span secret = new Span(enrolment.secretForTyping());
        secret.addClassNames("monospace", "authenticator-secret");
        add(scan, qr, new Paragraph(new Span("Cannot scan? Type this key into the app: "), secret));
    }

}
