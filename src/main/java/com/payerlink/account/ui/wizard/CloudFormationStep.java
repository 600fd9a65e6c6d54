package com.payerlink.account.ui.wizard;

import com.payerlink.account.domain.CustomerAccount;
import com.payerlink.account.domain.WizardStep;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.StreamResource;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.io.ByteArrayInputStream;

/** Step 5: run the account's CloudFormation template, by quick-create link or by uploading the download. */
public class CloudFormationStep extends StepPanel {

    public final Anchor quickCreate = new Anchor("", "Run the template in the AWS console");

    public final Anchor download = new Anchor("", "Download template");

    public final Pre template = new Pre();

    public final Code externalId = new Code();

    /** A management account's StackSet for its whole organization. */
    public final StackSetPanel stackSet = new StackSetPanel();

    /** What other features add to this step for the account (e.g. a limited customer's export in the payer). */
    public final Div contributed = new Div();

    /** Says which settings a platform operator must set while no template may be handed out. */
    public final Paragraph unavailable = new Paragraph();

    private final OrderedList how;

    private final HorizontalLayout downloadRow;

    private final Details view;

    /** Copies the whole template; says "Copied" once it has. */
    public final Button copyTemplate;

    public CloudFormationStep() {
        super(WizardStep.CLOUDFORMATION, null);
        quickCreate.setTarget("_blank");
        quickCreate.addClassName("primary-link");
        download.getElement().setAttribute("download", true);
        Button copy = copyButton("Copy the ExternalId", externalId::getText);
        copy.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        how = new OrderedList(
                new ListItem(quickCreate),
                new ListItem("Mark the checkbox acknowledging that CloudFormation will create IAM resources, and click Create stack."),
                new ListItem("Wait until the stack shows CREATE_COMPLETE: the stack reports its role to Payerlink by"
                        + " itself, and the role ARN fills itself in. If it reports nothing, press \"The stack is CREATE_COMPLETE\" below."));
        HorizontalLayout id = new HorizontalLayout(new Span("ExternalId of this account:"), externalId, copy);
        id.setAlignItems(Alignment.BASELINE);
        id.addClassName("external-id-row");
        template.addClassName("template-yaml");
        copyTemplate = copyButton("Copy the template", template::getText);
        copyTemplate.setText("Copy template");
        copyTemplate.addThemeVariants(ButtonVariant.LUMO_SMALL);
        copyTemplate.setId("copy-template");
        view = new Details("View the template", copyTemplate, template);
        downloadRow = new HorizontalLayout(download);
        unavailable.addClassName("template-unavailable");
        unavailable.setVisible(false);
        contributed.addClassName("stack-step-sections");
        // as wide as the step, not as its longest line: long SQL and YAML wrap on a phone
        contributed.setWidthFull();
        add(unavailable, how, id, downloadRow, view, stackSet, contributed);
    }

    /**
     * A button that copies the text to the clipboard and confirms it: a tick, and its label (or tooltip) says
     * "Copied"; where the browser refuses the clipboard, its tooltip says to select and copy by hand.
     */
    private static Button copyButton(String what, java.util.function.Supplier<String> text) {
        Button copy = new Button(VaadinIcon.COPY.create());
        copy.setAriaLabel(what);
        copy.setTooltipText(what);
        copy.addClickListener(e -> {
            String label = copy.getText();
            copy.setIcon(VaadinIcon.CHECK.create());
            if (!label.isEmpty()) {
                copy.setText("Copied");
            }
            copy.setTooltipText("Copied");
            copy.getElement().setAttribute("data-copied", "true");
            copy.getElement().executeJs("const b = this, label = $1;"
                    + " const done = ok => { if (!ok) { b.title = 'Select the text and copy it (Ctrl+C)'; } };"
                    + " if (navigator.clipboard) { navigator.clipboard.writeText($0).then(() => done(true), () => done(false)); }"
                    + " else { done(false); }", text.get(), label);
        });
        return copy;
    }

    /** Shows the account's template and its links. */
    public void show(CustomerAccount account, String yaml, URI quickCreateLink) {
        fill(account);
        showTemplate(true);
        quickCreate.setHref(quickCreateLink.toString());
        template.setText(yaml);
        String fileName = "payerlink-" + account.accountId().value() + ".yaml";
        download.setText("Download template (" + fileName + ")");
        download.setHref(new StreamResource(fileName,
                () -> new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8))));
    }

    /** No template or link may be handed out yet: says why and which settings to set, instead of them. */
    public void unavailable(CustomerAccount account, String message) {
        fill(account);
        showTemplate(false);
        unavailable.setText(message);
        quickCreate.setHref("");
        template.setText("");
        stackSet.hide();
    }

    private void showTemplate(boolean visible) {
        unavailable.setVisible(!visible);
        how.setVisible(visible);
        downloadRow.setVisible(visible);
        view.setVisible(visible);
    }

    @Override
    public void fill(CustomerAccount account) {
        externalId.setText(account.externalId().value());
    }

}
