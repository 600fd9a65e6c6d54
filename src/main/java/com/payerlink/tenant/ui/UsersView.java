package com.payerlink.tenant.ui;

import com.payerlink.core.Tone;
import com.payerlink.core.ui.StatusBadge;
import com.payerlink.core.ui.ViewHeader;
import com.payerlink.core.ConcurrentChangeException;
import com.payerlink.core.InvalidInputException;
import com.payerlink.core.security.Role;
import com.payerlink.core.security.Roles;
import com.payerlink.core.ui.MainLayout;
import com.payerlink.core.ui.Notices;
import com.payerlink.tenant.domain.NewUser;
import com.payerlink.tenant.domain.UserAccount;
import com.payerlink.tenant.domain.UserService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.util.Arrays;
import java.util.function.Supplier;

/** The org admin's users: add people, change their role, disable and enable them. */
@Route(value = "users", layout = MainLayout.class)
@PageTitle("Users · Payerlink")
@Menu(order = 80, title = "Users", icon = "vaadin:users")
@RolesAllowed(Roles.ORG_ADMIN)
public class UsersView extends VerticalLayout {

    private static final Role[] TENANT_ROLES = Arrays.stream(Role.values()).filter(Role::isTenantRole).toArray(Role[]::new);

    private final transient UserService userService;

    private final Grid<UserAccount> grid = new Grid<>(UserAccount.class, false);

    public UsersView(UserService userService) {
        this.userService = userService;
        setSizeFull();
        add(ViewHeader.withAction("Users", "Add user", this::openNewUserDialog), createGrid());
        refresh();
    }

    private Grid<UserAccount> createGrid() {
        grid.addColumn(UserAccount::displayName).setHeader("Name").setSortable(true).setFlexGrow(2);
        grid.addColumn(UserAccount::email).setHeader("E-mail").setSortable(true).setFlexGrow(2);
        grid.addComponentColumn(this::roleSelect).setHeader("Role").setFlexGrow(1);
        grid.addComponentColumn(u -> statusBadge(u)).setHeader("Status");
        grid.addComponentColumn(this::accessButton).setHeader("Access");
        grid.addComponentColumn(this::passwordLinkButton).setKey("password").setHeader("Password").setAutoWidth(true).setFlexGrow(0);
        grid.setSizeFull();
        return grid;
    }

    private Select<Role> roleSelect(UserAccount user) {
        Select<Role> select = new Select<>();
        select.setItems(TENANT_ROLES);
        select.setItemLabelGenerator(Role::label);
        select.setValue(user.role());
        select.setAriaLabel("Role of " + user.email());
        select.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                change(() -> userService.changeRole(user.id(), user.version(), e.getValue()),
                        user.email() + " is now " + e.getValue().label());
            }
        });
        return select;
    }

    private static StatusBadge statusBadge(UserAccount user) {
        return new StatusBadge(user.status(), user.status().equals("Active") ? Tone.SUCCESS : Tone.ERROR);
    }

    private Button accessButton(UserAccount user) {
        Button button = new Button(user.enabled() ? "Disable" : "Enable");
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, user.enabled() ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_SUCCESS);
        button.addClickListener(e -> change(() -> userService.setEnabled(user.id(), user.version(), !user.enabled()),
                user.email() + (user.enabled() ? " can no longer sign in" : " can sign in again")));
        return button;
    }

    /** A fresh set-your-password link, for a user whose first one expired or got lost (or who forgot it). */
    private Button passwordLinkButton(UserAccount user) {
        Button button = new Button("Send link");
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        button.setAriaLabel("Send " + user.email() + " a set-your-password link");
        button.setEnabled(user.enabled());
        button.addClickListener(e -> Notices.attempt(() -> userService.sendSetPasswordLink(user.id()),
                "Sent " + user.email() + " a link to set their password."));
        return button;
    }

    private void change(Supplier<UserAccount> action, String success) {
        try {
            action.get();
            Notices.success(success);
        }
        catch (InvalidInputException | ConcurrentChangeException e) {
            Notices.error(e.getMessage());
        }
        refresh();
    }

    NewUserDialog openNewUserDialog() {
        NewUserDialog dialog = new NewUserDialog(TENANT_ROLES);
        dialog.openSaving(userService::create, created -> {
            refresh();
            Notices.success("Added " + created.email() + " as " + created.role().label()
                    + ". They get a link by mail to set their password.");
        });
        return dialog;
    }

    private void refresh() {
        grid.setItems(userService.usersOfMyTenant());
    }

}
