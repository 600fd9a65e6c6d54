package com.payerlink.account.ui;

import lombok.AccessLevel;
import lombok.Getter;
import lombok.experimental.Accessors;
import com.payerlink.account.domain.AccountNotFoundException;
import com.payerlink.account.domain.AccountService;
import com.payerlink.account.domain.AccountState;
import com.payerlink.account.domain.AccountTemplates;
import com.payerlink.account.domain.ConnectionMethod;
import com.payerlink.account.domain.ConnectionLifecycleService;
import com.payerlink.account.domain.CustomerAccount;
import com.payerlink.account.domain.VerificationRequests;
import com.payerlink.account.domain.WizardStep;
import com.payerlink.account.ui.wizard.AccountStep;
import com.payerlink.account.ui.wizard.BillingAccessStep;
import com.payerlink.account.ui.wizard.CloudFormationStep;
import com.payerlink.account.ui.wizard.CostReportStep;
import com.payerlink.account.ui.wizard.PartitionStep;
import com.payerlink.account.ui.wizard.RoleArnStep;
import com.payerlink.account.ui.wizard.StepIndicator;
import com.payerlink.account.ui.wizard.StepPanel;
import com.payerlink.core.security.PayerlinkUser;
import com.payerlink.core.security.Role;
import com.payerlink.core.security.Roles;
import com.payerlink.core.ui.ItemPage;
import com.payerlink.core.ui.MainLayout;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.beans.factory.ObjectProvider;

import java.util.List;
import java.util.UUID;

/**
 * An account's page: for a registered connection a summary card (state, last verification, ticket, lifecycle), then
 * the connection wizard: six steps, each saved when the operator moves on, resumed where anyone left it, opened at
 * {@code ?step=N} when a link asks. Viewers, and connections past verification, see it read-only; a connection that
 * failed verification is repaired in it ("Save and verify again").
 */
@Route(value = "accounts/:id", layout = MainLayout.class)
@PageTitle("Account · Payerlink")
@RolesAllowed({ Roles.ORG_ADMIN, Roles.OPERATOR, Roles.VIEWER })
@Accessors(fluent = true)
public class WizardView extends ItemPage {

    private final transient AccountService accountService;

    private final transient AccountTemplates templates;

    private final transient AuthenticationContext authenticationContext;

    private final WizardSaves saves;

    @Getter(AccessLevel.PACKAGE)
    private Role role = Role.VIEWER;

    @Getter(AccessLevel.PACKAGE)
    private final PartitionStep partitionStep = new PartitionStep();

    @Getter(AccessLevel.PACKAGE)
    private final AccountStep accountStep = new AccountStep();

    @Getter(AccessLevel.PACKAGE)
    private final BillingAccessStep billingStep = new BillingAccessStep();

    @Getter(AccessLevel.PACKAGE)
    private final CostReportStep costReportStep = new CostReportStep();

    private final CloudFormationStep cloudFormationStep = new CloudFormationStep();

    @Getter(AccessLevel.PACKAGE)
    private final RoleArnStep roleArnStep = new RoleArnStep();

    @Getter(AccessLevel.PACKAGE)
    private final List<StepPanel> panels = List.of(partitionStep, accountStep, billingStep, costReportStep,
            cloudFormationStep, roleArnStep);

    private final StepIndicator indicator = new StepIndicator(this::show);

    private final Button back = new Button("Back", VaadinIcon.ARROW_LEFT.create());

    @Getter(AccessLevel.PACKAGE)
    private final Button next = new Button("Save and continue", VaadinIcon.ARROW_RIGHT.create());

    private final AccountHeader header = new AccountHeader();

    private final Div panelArea = new Div();

    private final AccountHistory history = new AccountHistory();

    private final AccountSummaryArea summary;

    private final transient ObjectProvider<StackStepSection> stackStepSections;

    @Getter(AccessLevel.PACKAGE)
    private CustomerAccount account;

    @Getter(AccessLevel.PACKAGE)
    private int shown;

    public WizardView(AccountService accountService, AccountTemplates templates,
            AuthenticationContext authenticationContext, ObjectProvider<AccountSection> sections,
            ObjectProvider<StackStepSection> stackStepSections, ConnectionLifecycleService lifecycle,
            ObjectProvider<VerificationRequests> verification) {
        super(new NotFound("Account not found", "There is no such account among your organisation's accounts. It may"
                + " have been removed, or the link is wrong.", "accounts", "Back to all accounts"));
        this.stackStepSections = stackStepSections;
        this.accountService = accountService;
        this.templates = templates;
        this.authenticationContext = authenticationContext;
        // disconnected or reconnected: reconnecting goes on at the account's step (5)
        this.summary = new AccountSummaryArea(sections, lifecycle, changed -> {
            showChanged(changed);
            show(changed.wizardStep());
        },
                () -> showChanged(accountService.get(account.id())));
        this.saves = new WizardSaves(accountService, verification, this);
        addClassName("wizard-view");
        roleArnStep.register.addClickListener(e -> saves.register());
        setMaxWidth("64rem");
    }

    @Override
    protected boolean show(UUID id, BeforeEnterEvent event) {
        role = authenticationContext.getAuthenticatedUser(PayerlinkUser.class).map(PayerlinkUser::role)
            .orElse(Role.VIEWER);
        try {
            account = accountService.get(id);
        }
        catch (AccountNotFoundException e) {
            return false;
        }
        add(header, summary, indicator, panelArea, createButtons(), history);
        panels.forEach(p -> p.fill(account));
        refresh();
        int asked = event.getLocation().getQueryParameters().getSingleParameter("step").map(WizardView::stepNumber)
            .orElse(0);
        show(asked >= 1 && asked <= reached() ? asked : account.wizardStep());
        return true;
    }

    private static int stepNumber(String text) {
        try {
            return Integer.parseInt(text.strip());
        }
        catch (NumberFormatException e) {
            return 0;
        }
    }

    private HorizontalLayout createButtons() {
        back.setId("wizard-back");
        back.addClickListener(e -> show(shown - 1));
        next.setId("wizard-next");
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        next.setIconAfterText(true);
        next.addClickShortcut(Key.ENTER).listenOn(panelArea);
        next.addClickListener(e -> saves.saveShownStep());
        HorizontalLayout buttons = new HorizontalLayout(back, next);
        buttons.addClassName("wizard-buttons");
        return buttons;
    }

    /** Shows a step; the panels keep their fields, so nothing typed is lost by moving around. */
    void show(int step) {
        shown = Math.max(1, Math.min(step, WizardStep.COUNT));
        StepPanel panel = panels.get(shown - 1);
        if (panel == cloudFormationStep) {
            String unavailable = templates.templatesUnavailable();
            if (unavailable != null) {
                cloudFormationStep.unavailable(account, unavailable);
            }
            else {
                cloudFormationStep.show(account, templates.template(account.id()),
                        templates.quickCreateLink(account.id()));
                if (account.method() == ConnectionMethod.DIRECT_MANAGEMENT) {
                    cloudFormationStep.stackSet.show(templates.stackSet(account.id()));
                }
                else {
                    cloudFormationStep.stackSet.hide();
                }
            }
            cloudFormationStep.contributed.removeAll();
            stackStepSections.orderedStream()
                .forEach(s -> s.create(account).ifPresent(cloudFormationStep.contributed::add));
        }
        panelArea.removeAll();
        panelArea.add(panel);
        back.setEnabled(shown > 1);
        WizardButtons.update(this);
        indicator.update(shown, reached(), done());
    }

    /** The furthest step one may open: every step of a registered connection, else the account's own. */
    private int reached() {
        return account.isRegistered() ? WizardStep.COUNT : account.wizardStep();
    }

    /** The steps done: all six once registered, else those before the account's step. */
    private int done() {
        return account.isRegistered() ? WizardStep.COUNT : account.wizardStep() - 1;
    }

    /** Shows the account as a save, an action or a finished verification left it. */
    void showChanged(CustomerAccount changed) {
        account = changed;
        panels.forEach(p -> p.fill(account));
        refresh();
        show(shown);
    }

    boolean readOnly() {
        return role == Role.VIEWER || !account.state().isInWizard();
    }

    /** A connection that failed verification, being repaired: each save verifies it again. */
    boolean repairing() {
        return !readOnly() && account.state() == AccountState.VERIFICATION_FAILED;
    }

    @Override
    protected void refresh() {
        header.show(account);
        panels.forEach(p -> p.setReadOnly(readOnly()));
        // a registered connection keeps its AWS account: only a new account connects another one
        partitionStep.partition.setReadOnly(readOnly() || account.isRegistered());
        accountStep.accountId.setReadOnly(readOnly() || account.isRegistered());
        var entries = accountService.history(account.id());
        history.show(entries);
        summary.show(account, entries, role);
    }

    void account(CustomerAccount fresh) {
        account = fresh;
    }

}
