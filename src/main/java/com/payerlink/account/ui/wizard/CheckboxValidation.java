package com.payerlink.account.ui.wizard;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Span;

/** A checkbox has no error slot of its own: this shows its error in a line below it. */
record CheckboxValidation(Checkbox checkbox, Span errorLine) implements HasValidation {

    @Override
    public void setErrorMessage(String errorMessage) {
        errorLine.setText(errorMessage == null ? "" : errorMessage);
    }

    @Override
    public String getErrorMessage() {
        return errorLine.getText();
    }

    @Override
    public void setInvalid(boolean invalid) {
        errorLine.setVisible(invalid);
        checkbox.getElement().setAttribute("aria-invalid", Boolean.toString(invalid));
    }

    @Override
    public boolean isInvalid() {
        return errorLine.isVisible();
    }

}
