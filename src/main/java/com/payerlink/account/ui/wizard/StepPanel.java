package com.payerlink.account.ui.wizard;

import com.payerlink.account.domain.CustomerAccount;
import com.payerlink.account.domain.WizardStep;
import com.payerlink.core.InvalidInputException;
import com.payerlink.core.ui.Notices;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One step of the wizard. It is built once per view and kept, so going Back and forth never loses
 * what the operator typed; {@link #fill} overwrites the fields only when fresh values are loaded.
 */
public abstract class StepPanel extends VerticalLayout {

    private final WizardStep step;

    private final H3 heading = new H3();

    private final List<HasValue<?, ?>> inputs = new ArrayList<>();

    // by the names the service uses in InvalidInputException#field()
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    protected StepPanel(WizardStep step, String intro) {
        this.step = step;
        addClassName("wizard-step");
        setPadding(false);
        heading.setText("Step " + step.number() + " · " + step.title());
        add(heading);
        if (intro != null) {
            add(new Paragraph(intro));
        }
    }

    /** Names the step in another numbering, e.g. the end customer's own steps 1 to 4. */
    public void setHeading(String text) {
        heading.setText(text);
    }

    public WizardStep step() {
        return step;
    }

    /** Shows the account's saved values. */
    public abstract void fill(CustomerAccount account);

    /** Viewers, and registered connections, only look. */
    public void setReadOnly(boolean readOnly) {
        inputs.forEach(input -> input.setReadOnly(readOnly));
    }

    /** An input of the step: read-only with the step, and where a rejection of the service's field shows. */
    protected <F extends HasValue<?, ?> & HasValidation> void input(String field, F input) {
        inputs.add(input);
        fields.put(field, input);
    }

    /** A checkbox of the step, whose rejection shows in the error line below it. */
    protected void input(String field, Checkbox checkbox, Span errorLine) {
        inputs.add(checkbox);
        fields.put(field, new CheckboxValidation(checkbox, errorLine));
    }

    /** An input that no rejection names, read-only with the step. */
    protected void input(HasValue<?, ?> input) {
        inputs.add(input);
    }

    /** Shows a rejection on its field; what was typed stays. */
    public void reject(InvalidInputException e) {
        clearErrors();
        Notices.show(e, fields);
    }

    public void clearErrors() {
        fields.values().forEach(f -> f.setInvalid(false));
    }

}
