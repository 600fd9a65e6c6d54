package com.payerlink.account.ui.wizard;

import com.payerlink.account.domain.WizardStep;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

/** The six steps in a row: done ones ticked, the shown one highlighted, later ones not yet reachable. */
public class StepIndicator extends HorizontalLayout {

    private final List<Button> buttons = new ArrayList<>();

    public StepIndicator(IntConsumer onJump) {
        addClassName("step-indicator");
        setSpacing(false);
        for (WizardStep step : WizardStep.values()) {
            Button b = new Button(step.number() + " " + step.title(), e -> onJump.accept(step.number()));
            b.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            b.addClassName("step");
            buttons.add(b);
            add(b);
        }
    }

    /**
     * @param shown   the step on screen
     * @param reached the furthest step one may open; steps after it are disabled
     * @param done    the steps up to this one are ticked
     */
    public void update(int shown, int reached, int done) {
        for (WizardStep step : WizardStep.values()) {
            Button b = buttons.get(step.ordinal());
            int n = step.number();
            b.setEnabled(n <= reached);
            b.setIcon(n <= done ? VaadinIcon.CHECK.create() : null);
            b.getElement().setAttribute("data-done", Boolean.toString(n <= done));
            b.getElement().setAttribute("aria-current", n == shown ? "step" : "false");
            if (n == shown) {
                b.addClassName("current");
            }
            else {
                b.removeClassName("current");
            }
        }
    }

    public Button button(int step) {
        return buttons.get(step - 1);
    }

}
