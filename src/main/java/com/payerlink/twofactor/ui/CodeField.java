package com.payerlink.twofactor.ui;

import com.vaadin.flow.component.textfield.TextField;

/** Where a code from the authenticator app (or a recovery code) is typed: the one-time-code field phones fill in. */
class CodeField extends TextField {

    CodeField(String label) {
        super(label);
        getElement().setAttribute("autocomplete", "one-time-code");
        setAutofocus(true);
        setRequired(true);
        setMaxLength(20);
        setClearButtonVisible(true);
        addClassName("code-field");
        getElement().setAttribute("autocapitalize", "characters");
        addValueChangeListener(e -> setInvalid(false));
    }

    /** Shows what is wrong with the code, keeps the field focused for the next try. */
    void refuse(String message) {
        setErrorMessage(message);
        setInvalid(true);
        focus();
    }

}
