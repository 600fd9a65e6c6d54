package com.payerlink.account.ui.wizard;

import com.payerlink.account.domain.CustomerAccount;
import com.payerlink.account.domain.WizardStep;
import com.payerlink.core.InvalidInputException;
import com.payerlink.core.ui.Notices;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import java.util.Map;

/**
 * One step of the wizard. It is built once per view and kept, so going Back and forth never loses
 * what the operator typed; {@link #fill} overwrites the fields only when fresh values are loaded.
 */
public abstract class StepPanel extends VerticalLayout {

    private final WizardStep step;

    private final H3 heading = new H3();

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
    public abstract void setReadOnly(boolean readOnly);

    /** The fields by the names the service uses in {@link InvalidInputException#field()}. */
    protected abstract Map<String, ? extends HasValidation> fields();

    /** Shows a rejection on its field; what was typed stays. */
    public void reject(InvalidInputException e) {
        clearErrors();
        Notices.show(e, fields());
    }

    public void clearErrors() {
        fields().values().forEach(f -> f.setInvalid(false));
    }

}
