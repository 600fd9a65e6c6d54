package com.payerlink.account.ui.wizard;

import com.payerlink.account.domain.StackSetInstructions;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.server.StreamResource;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

/**
 * Step 5 of a management account: the whole organization at once, by a service-managed StackSet deployed
 * automatically to the root or an OU; each member's stack reports back, and members new to Payerlink are added.
 */
public class StackSetPanel extends Details {

    public final Anchor console = new Anchor("", "Create the StackSet in the AWS console");

    public final Anchor download = new Anchor("", "Download the StackSet template");

    public final Pre command = new Pre();

    public StackSetPanel() {
        setSummaryText("Whole organization: every member account by StackSet");
        console.setTarget("_blank");
        download.getElement().setAttribute("download", true);
        command.addClassName("stackset-command");
        add(new Div(
                new Paragraph("In this management account, create a StackSet with service-managed permissions and"
                        + " automatic deployment to the organization's root (or an OU), from the StackSet template."
                        + " Each member account's stack reports its role to Payerlink; members Payerlink does not know"
                        + " yet are added as new accounts."),
                console, new Paragraph(download), new Paragraph("Or with the AWS CLI:"), command));
        setVisible(false);
    }

    /** Shows the instructions; hidden for accounts that are no management account. */
    public void show(StackSetInstructions instructions) {
        console.setHref(instructions.consoleUrl());
        command.setText(instructions.cliCommand());
        byte[] yaml = instructions.template().getBytes(StandardCharsets.UTF_8);
        download.setHref(new StreamResource("payerlink-stackset.yaml", () -> new ByteArrayInputStream(yaml)));
        setVisible(true);
    }

    public void hide() {
        setVisible(false);
        command.setText("");
    }

}
