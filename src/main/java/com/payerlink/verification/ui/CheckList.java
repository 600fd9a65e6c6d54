package com.payerlink.verification.ui;

import com.payerlink.verification.aws.Check;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.UUID;

/**
 * Checks as a list: outcome, what was checked, the code, what was found and the fix; with the account, a failed
 * check links to the wizard step that fixes it.
 */
class CheckList extends UnorderedList {

    CheckList(List<Check> checks) {
        this(checks, null);
    }

    CheckList(List<Check> checks, @Nullable UUID accountId) {
        addClassName("verification-checks");
        for (Check c : checks) {
            Span outcome = new Span(c.outcome().name());
            outcome.addClassName("check-" + c.outcome().name());
            Span code = new Span(c.code().name());
            code.addClassName("check-code");
            Div text = new Div(new Span(c.code().area() + ": " + c.message()));
            if (!c.fix().isEmpty()) {
                Div fix = new Div(new Span("Fix: " + c.fix()));
                fix.addClassName("check-fix");
                text.add(fix);
            }
            if (accountId != null && c.failed()) {
                CheckSteps.stepFor(c.code()).ifPresent(step -> {
                    Anchor link = new Anchor(CheckSteps.link(accountId, step),
                            "Fix it in step " + step.number() + " · " + step.title());
                    link.addClassName("check-step-link");
                    text.add(new Div(link));
                });
            }
            ListItem item = new ListItem(outcome, code, text);
            item.addClassName("check");
            add(item);
        }
    }

}
