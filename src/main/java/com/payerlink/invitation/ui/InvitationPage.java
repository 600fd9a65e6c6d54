package com.payerlink.invitation.ui;

import com.payerlink.account.domain.CustomerAccount;
import com.payerlink.account.ui.wizard.BillingAccessStep;
import com.payerlink.account.ui.wizard.CloudFormationStep;
import com.payerlink.account.ui.wizard.CostReportStep;
import com.payerlink.account.ui.wizard.RoleArnStep;
import com.payerlink.account.ui.wizard.StepPanel;
import com.payerlink.core.ConcurrentChangeException;
import com.payerlink.core.InvalidInputException;
import com.payerlink.core.ui.Notices;
import com.payerlink.invitation.domain.CustomerSteps;
import com.payerlink.invitation.domain.InvitationLinkInvalidException;
import com.payerlink.invitation.domain.InvitationService;
import com.payerlink.invitation.domain.InvitationStatus;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import java.util.List;
import java.util.function.Supplier;

/**
 * The end customer's page, opened from the invitation e-mail without signing in: the one account's
 * own steps (billing access, the Cost and Usage Report, the CloudFormation stack, the role ARN) and
 * nothing else of the portal. A link that cannot be used gets a page saying what to do.
 */
@Route("invite/:token")
@PageTitle("Connect your AWS account · Payerlink")
@AnonymousAllowed
public class InvitationPage extends VerticalLayout implements BeforeEnterObserver {

    private final transient InvitationService invitationService;

    private final BillingAccessStep billingStep = new BillingAccessStep();

    private final CostReportStep costReportStep = new CostReportStep();

    private final CloudFormationStep cloudFormationStep = new CloudFormationStep();

    private final RoleArnStep roleArnStep = new RoleArnStep();

    private final Button confirmBilling = new Button("Confirm billing access");

    private final Button saveReport = new Button("Save report settings");

    private final Button stackCreated = new Button("The stack is created");

    private final Button saveRoleArn = new Button("Save role ARN");

    private final Paragraph done = new Paragraph();

    private final H2 title = new H2();

    private final Paragraph intro = new Paragraph();

    private final Paragraph contact = new Paragraph();

    private final InvitationProgress progress = new InvitationProgress();

    private String token;

    private CustomerSteps steps;

    public InvitationPage(InvitationService invitationService) {
        this.invitationService = invitationService;
        addClassName("invitation-page");
        setMaxWidth("56rem");
        getStyle().set("margin", "0 auto");
        roleArnStep.register.setVisible(false);
        // the link carries the token: never send it on to the AWS console as a referrer
        cloudFormationStep.quickCreate.getElement().setAttribute("rel", "noreferrer noopener");
        confirmBilling.addClickListener(e -> save(billingStep,
                () -> invitationService.confirmBillingAccess(token, account().id(), account().version(), billingStep.value()),
                "Billing access confirmed."));
        saveReport.addClickListener(e -> save(costReportStep,
                () -> invitationService.saveCurSettings(token, account().id(), account().version(), costReportStep.value()),
                "Report settings saved."));
        stackCreated.addClickListener(e -> save(cloudFormationStep,
                () -> invitationService.confirmStackCreated(token, account().id(), account().version()),
                "Noted: the stack is created."));
        saveRoleArn.addClickListener(e -> save(roleArnStep,
                () -> invitationService.saveRoleArns(token, account().id(), account().version(), roleArnStep.value()),
                "Role ARN saved. Thank you, your part is done."));
        roleArnStep.status.setVisible(false); // speaks of the MSP's own registration, not the customer's part
        List<StepPanel> panels = List.of(billingStep, costReportStep, cloudFormationStep, roleArnStep);
        for (int n = 1; n <= CustomerSteps.CUSTOMER_STEPS; n++) {
            panels.get(n - 1).setHeading("Step " + n + " of 4 · " + InvitationProgress.TITLES.get(n - 1));
        }
        done.addClassName("callout");
        done.setId("invitation-done");
        contact.addClassName("invitation-contact");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        token = event.getRouteParameters().get("token").orElse("");
        try {
            steps = invitationService.open(token);
        }
        catch (InvitationLinkInvalidException e) {
            showUnusable(e);
            return;
        }
        H1 brand = new H1("Payerlink");
        brand.addClassName("brand");
        add(brand, title, intro, contact, accessNote(steps.mspName()), progress, done,
                section(billingStep, confirmBilling), section(costReportStep, saveReport),
                section(cloudFormationStep, stackCreated), section(roleArnStep, saveRoleArn));
        List.<StepPanel>of(billingStep, costReportStep, cloudFormationStep, roleArnStep).forEach(p -> p.fill(account()));
        refresh();
    }

    /** What the customer grants, in a few words, before they are asked to grant it. */
    private static Details accessNote(String mspName) {
        Paragraph text = new Paragraph("The steps create one IAM role in your account that " + mspName + "'s cost "
                + "analytics may use, only together with this account's own ExternalId. The role is read-only: it reads "
                + "your billing data (the cost report files in your S3 bucket and Cost Explorer figures) and cannot create, "
                + "change or delete anything in your account. To end the access at any time, delete the CloudFormation stack.");
        Details note = new Details("What read-only access we get", text);
        note.setOpened(true);
        note.addClassName("invitation-access");
        return note;
    }

    private static Div section(StepPanel panel, Button save) {
        Div section = new Div(panel, save);
        section.addClassName("invitation-step");
        return section;
    }

    private void refresh() {
        CustomerAccount a = account();
        title.setText(a.name() + " · AWS account " + a.accountId().value());
        intro.setText(steps.mspName() + " asks you to connect this AWS account to their cost analytics. Do the four "
                + "steps below in your AWS console; each is saved when you confirm it, so you can stop and come back.");
        contact.setText(steps.mspContact() == null ? "Questions? Ask your contact at " + steps.mspName() + "."
                : "Questions? Write to " + steps.mspName() + " at ");
        if (steps.mspContact() != null) {
            contact.add(new Anchor("mailto:" + steps.mspContact(), steps.mspContact()));
        }
        progress.show(steps);
        List<Button> actions = List.of(confirmBilling, saveReport, stackCreated, saveRoleArn);
        for (int n = 1; n <= CustomerSteps.CUSTOMER_STEPS; n++) {
            // one primary action on the page: the current step's; earlier ones can still be corrected
            actions.get(n - 1).setThemeName("primary", n == steps.currentStep());
        }
        if (steps.templateUnavailable() != null) {
            cloudFormationStep.unavailable(a, steps.templateUnavailable());
        }
        else {
            cloudFormationStep.show(a, steps.template(), steps.quickCreateLink());
        }
        boolean editable = a.state().isInWizard() && !a.isRegistered();
        List.<StepPanel>of(billingStep, costReportStep, roleArnStep).forEach(p -> p.setReadOnly(!editable));
        List.of(confirmBilling, saveReport, stackCreated, saveRoleArn).forEach(b -> b.setVisible(editable));
        done.setVisible(steps.completed() || !editable);
        done.setText(editable ? "Your part is done, thank you. " + steps.mspName() + " takes it from here and "
                + "checks the connection. You can still correct the role ARN here while the link works."
                : "This account is connected; nothing is left to do here.");
    }

    private void save(StepPanel panel, Supplier<CustomerSteps> action, String success) {
        panel.clearErrors();
        try {
            steps = action.get();
            if (panel == roleArnStep) {
                roleArnStep.fill(account());
            }
            refresh();
            Notices.success(success);
        }
        catch (InvalidInputException e) {
            panel.reject(e);
        }
        catch (ConcurrentChangeException e) {
            Notices.error(e.getMessage());
            steps = invitationService.open(token);
            List.<StepPanel>of(billingStep, costReportStep, cloudFormationStep, roleArnStep).forEach(p -> p.fill(account()));
            refresh();
        }
        catch (InvitationLinkInvalidException e) {
            removeAll();
            showUnusable(e);
        }
    }

    private void showUnusable(InvitationLinkInvalidException e) {
        H2 heading = new H2(e.status() == InvitationStatus.EXPIRED ? "This invitation has expired"
                : e.status() == InvitationStatus.REVOKED ? "This invitation no longer works"
                : "This invitation link cannot be used");
        Span what = new Span(e.getMessage());
        what.addClassName("invitation-problem");
        add(new H1("Payerlink"), heading, new Paragraph(what));
        if (e.status() != null) {
            add(new Paragraph("Nothing you did is lost: whatever you saved before stays with the account."));
        }
    }

    private CustomerAccount account() {
        return steps.account();
    }

}
