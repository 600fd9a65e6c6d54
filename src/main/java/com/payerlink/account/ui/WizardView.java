package com.payerlink.account.ui;

import com.payerlink.core.ui.Timestamps;
import com.payerlink.account.domain.AccountNotFoundException;
import com.payerlink.account.domain.AccountService;
import com.payerlink.account.domain.AccountTemplates;
import com.payerlink.account.domain.CustomerAccount;
import com.payerlink.account.domain.RoleArn;
import com.payerlink.account.domain.WizardStep;
import com.payerlink.account.ui.wizard.AccountStep;
import com.payerlink.account.ui.wizard.BillingAccessStep;
import com.payerlink.account.ui.wizard.CloudFormationStep;
import com.payerlink.account.ui.wizard.CostReportStep;
import com.payerlink.account.ui.wizard.PartitionStep;
import com.payerlink.account.ui.wizard.RoleArnStep;
import com.payerlink.account.ui.wizard.StepIndicator;
import com.payerlink.account.ui.wizard.StepPanel;
import com.payerlink.core.ConcurrentChangeException;
import com.payerlink.core.InvalidInputException;
import com.payerlink.core.security.PayerlinkUser;
import com.payerlink.core.security.Role;
import com.payerlink.core.security.Roles;
import com.payerlink.core.ui.MainLayout;
import com.payerlink.core.ui.Notices;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.beans.factory.ObjectProvider;

import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The connection wizard of one account: six steps, each saved when the operator moves on, resumed at
 * the step where anyone left it. Viewers, and registered connections, see it read-only.
 */
@Route(value = "accounts/:id", layout = MainLayout.class)
@PageTitle("Account · Payerlink")
@RolesAllowed({ Roles.ORG_ADMIN, Roles.OPERATOR, Roles.VIEWER })
public class WizardView extends VerticalLayout implements BeforeEnterObserver {

    private final transient AccountService accountService;

    private final transient AccountTemplates templates;

    private final transient AuthenticationContext authenticationContext;

    private Role role = Role.VIEWER;

    private final PartitionStep partitionStep = new PartitionStep();

    private final AccountStep accountStep = new AccountStep();

    private final BillingAccessStep billingStep = new BillingAccessStep();

    private final CostReportStep costReportStep = new CostReportStep();

    private final CloudFormationStep cloudFormationStep = new CloudFormationStep();

    private final RoleArnStep roleArnStep = new RoleArnStep();

    private final List<StepPanel> panels = List.of(partitionStep, accountStep, billingStep, costReportStep,
            cloudFormationStep, roleArnStep);

    private final StepIndicator indicator = new StepIndicator(this::show);

    private final Button back = new Button("Back", VaadinIcon.ARROW_LEFT.create());

    private final Button next = new Button("Save and continue", VaadinIcon.ARROW_RIGHT.create());

    private final AccountHeader header = new AccountHeader();

    private final Div panelArea = new Div();

    private final AccountHistory history = new AccountHistory();

    // what other features show of the account, e.g. its verification against AWS
    private final transient ObjectProvider<AccountSection> sections;

    private final Div sectionArea = new Div();

    private CustomerAccount account;

    private int shown;

    public WizardView(AccountService accountService, AccountTemplates templates,
            AuthenticationContext authenticationContext, ObjectProvider<AccountSection> sections) {
        this.accountService = accountService;
        this.templates = templates;
        this.authenticationContext = authenticationContext;
        this.sections = sections;
        addClassName("wizard-view");
        roleArnStep.register.addClickListener(e -> register());
        setMaxWidth("64rem");
        // times were first shown in the server's zone; show them again in the browser's
        Timestamps.refreshWhenZoneKnown(this, () -> {
            if (account != null) {
                refresh();
            }
        });
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        role = authenticationContext.getAuthenticatedUser(PayerlinkUser.class).map(PayerlinkUser::role)
            .orElse(Role.VIEWER);
        try {
            UUID id = UUID.fromString(event.getRouteParameters().get("id").orElse(""));
            account = accountService.get(id);
        }
        catch (IllegalArgumentException | AccountNotFoundException e) {
            showNotFound();
            return;
        }
        add(header, sectionArea, indicator, panelArea, createButtons(), history);
        panels.forEach(p -> p.fill(account));
        roleArnStep.register.setVisible(role == Role.ORG_ADMIN);
        refresh();
        refreshSections();
        show(account.wizardStep());
    }

    private void showNotFound() {
        add(new H2("Account not found"),
                new Paragraph("There is no such account among your organisation's accounts. It may have been removed, "
                        + "or the link is wrong."),
                new Anchor("accounts", "Back to all accounts"));
    }

    private HorizontalLayout createButtons() {
        back.setId("wizard-back");
        back.addClickListener(e -> show(shown - 1));
        next.setId("wizard-next");
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        next.setIconAfterText(true);
        next.addClickShortcut(Key.ENTER).listenOn(panelArea);
        next.addClickListener(e -> saveAndContinue());
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
            }
        }
        panelArea.removeAll();
        panelArea.add(panel);
        back.setEnabled(shown > 1);
        boolean last = shown == WizardStep.COUNT;
        next.setVisible(!(readOnly() && last));
        next.setText(readOnly() ? "Next" : last ? "Save role ARN" : "Save and continue");
        indicator.update(shown, readOnly() ? WizardStep.COUNT : account.wizardStep());
    }

    private void saveAndContinue() {
        if (readOnly()) {
            show(shown + 1);
            return;
        }
        UUID id = account.id();
        int version = account.version();
        Supplier<CustomerAccount> save = switch (WizardStep.of(shown)) {
            case PARTITION -> () -> accountService.savePartition(id, version, partitionStep.value());
            case ACCOUNT -> () -> accountService.saveDetails(id, version, accountStep.value());
            case BILLING_ACCESS -> () -> accountService.confirmBillingAccess(id, version, billingStep.value());
            case COST_REPORT -> () -> accountService.saveCurSettings(id, version, costReportStep.value());
            case CLOUDFORMATION -> () -> accountService.confirmStackCreated(id, version);
            case ROLE_ARN -> () -> accountService.saveRoleArns(id, version, roleArnStep.value());
        };
        if (apply(save)) {
            if (shown == WizardStep.COUNT) {
                roleArnStep.fill(account);
                Notices.success("Role ARN saved." + (role == Role.ORG_ADMIN ? " You can register the connection now."
                        : " An org admin can register the connection now."));
                show(shown);
            }
            else {
                show(shown + 1);
            }
        }
    }

    private void register() {
        String storedArns = String.join("\n", account.roleArns().stream().map(RoleArn::value).toList());
        if (!roleArnStep.value().strip().equals(storedArns)) {
            UUID id = account.id();
            int version = account.version();
            if (!apply(() -> accountService.saveRoleArns(id, version, roleArnStep.value()))) {
                return;
            }
        }
        UUID id = account.id();
        int version = account.version();
        if (apply(() -> accountService.register(id, version))) {
            panels.forEach(p -> p.fill(account));
            refresh();
            refreshSections();
            show(shown);
            Notices.success("Connection registered. Verification against AWS comes next.");
        }
    }

    /** Runs a save; on success keeps the fresh account, on failure explains and keeps what was typed. */
    private boolean apply(Supplier<CustomerAccount> save) {
        StepPanel panel = panels.get(shown - 1);
        panel.clearErrors();
        try {
            account = save.get();
            refresh();
            return true;
        }
        catch (InvalidInputException e) {
            panel.reject(e);
        }
        catch (ConcurrentChangeException e) {
            Notices.error(e.getMessage());
            account = accountService.get(account.id());
            panels.forEach(p -> p.fill(account));
            refresh();
            show(shown);
        }
        return false;
    }

    private void refreshSections() {
        sectionArea.removeAll();
        sections.orderedStream().forEach(s -> s.create(account).ifPresent(sectionArea::add));
    }

    private boolean readOnly() {
        return role == Role.VIEWER || !account.state().isInWizard() || account.isRegistered();
    }

    private void refresh() {
        header.show(account);
        panels.forEach(p -> p.setReadOnly(readOnly()));
        roleArnStep.register.setEnabled(!account.isRegistered());
        history.show(accountService.history(account.id()));
    }

}
