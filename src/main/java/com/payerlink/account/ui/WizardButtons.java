package com.payerlink.account.ui;

import com.payerlink.account.domain.WizardStep;
import com.payerlink.core.security.Role;
import com.vaadin.flow.component.button.Button;

/**
 * One primary action per step, named for what it does: "Save and continue"; at the stack "The stack is
 * CREATE_COMPLETE"; at the role ARN "Save and register" for org admins ("Save role ARN" for operators); "Save and
 * verify again" while repairing a connection that failed verification; "Next" for those who only look.
 */
final class WizardButtons {

    private WizardButtons() {
    }

    static void update(WizardView view) {
        int shown = view.shown();
        boolean last = shown == WizardStep.COUNT;
        Button next = view.next();
        Button register = view.roleArnStep().register;
        boolean registers = !view.readOnly() && !view.repairing() && view.role() == Role.ORG_ADMIN
                && !view.account().isRegistered();
        register.setVisible(registers && last);
        register.setEnabled(registers);
        if (view.readOnly()) {
            int reached = view.account().isRegistered() ? WizardStep.COUNT : view.account().wizardStep();
            next.setText("Next");
            next.setVisible(shown < reached);
        }
        else if (view.repairing()) {
            next.setText("Save and verify again");
            next.setVisible(true);
        }
        else {
            next.setText(switch (WizardStep.of(shown)) {
                case CLOUDFORMATION -> "The stack is CREATE_COMPLETE";
                case ROLE_ARN -> "Save role ARN";
                default -> "Save and continue";
            });
            // an org admin's one action at the last step is "Save and register"
            next.setVisible(!(last && registers));
        }
    }

}
