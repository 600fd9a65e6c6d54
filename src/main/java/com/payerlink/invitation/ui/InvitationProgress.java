package com.payerlink.invitation.ui;

import com.payerlink.invitation.domain.CustomerSteps;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;

import java.util.List;

/** The customer's four steps in a row, done ones ticked and the current one marked, with a bar of how far they are. */
class InvitationProgress extends Div {

    /** The customer's own names of their steps, 1 to 4. */
    static final List<String> TITLES = List.of("Allow billing access", "Set up the cost report",
            "Create the read-only role", "Send us the role ARN");

    private final Span summary = new Span();

    private final ProgressBar bar = new ProgressBar(0, CustomerSteps.CUSTOMER_STEPS);

    private final OrderedList list = new OrderedList();

    InvitationProgress() {
        addClassName("invitation-progress");
        summary.setId("invitation-progress-summary");
        summary.addClassName("invitation-progress-summary");
        bar.getElement().setAttribute("aria-labelledby", "invitation-progress-summary");
        add(summary, bar, list);
    }

    void show(CustomerSteps steps) {
        int current = steps.currentStep();
        int done = (int) java.util.stream.IntStream.rangeClosed(1, CustomerSteps.CUSTOMER_STEPS).filter(steps::done).count();
        summary.setText(current > CustomerSteps.CUSTOMER_STEPS ? "All 4 steps done"
                : "Step " + current + " of 4 · " + done + " done");
        bar.setValue(done);
        list.removeAll();
        for (int n = 1; n <= CustomerSteps.CUSTOMER_STEPS; n++) {
            boolean isDone = steps.done(n);
            Span title = new Span(TITLES.get(n - 1));
            // on a phone only the current step's title shows; the others keep theirs for screen readers
            title.addClassName("step-title");
            ListItem item = new ListItem(new Span(isDone ? "✓ " : n + " "), title);
            item.addClassName(isDone ? "done" : n == current ? "current" : "upcoming");
            if (n == current) {
                item.getElement().setAttribute("aria-current", "step");
            }
            list.add(item);
        }
    }

}
