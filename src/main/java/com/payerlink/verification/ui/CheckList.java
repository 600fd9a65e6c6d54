package com.payerlink.verification.ui;

import com.payerlink.verification.aws.Check;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

import java.util.List;

/** Checks as a list: outcome, what was checked, the code, what was found and the fix. */
class CheckList extends UnorderedList {

    CheckList(List<Check> checks) {
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
            ListItem item = new ListItem(outcome, code, text);
            item.addClassName("check");
            add(item);
        }
    }

}
