package com.payerlink.core.ui;

import com.payerlink.core.InvalidInputException;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

import java.util.Map;

/** The portal's one way to tell the user how an action went. */
public final class Notices {

    private Notices() {
    }

    public static void success(String message) {
        show(message, NotificationVariant.LUMO_SUCCESS, 4000);
    }

    public static void error(String message) {
        show(message, NotificationVariant.LUMO_ERROR, 8000);
    }

    /** Runs a user's action and says how it went: the success message, or what was wrong and how to fix it. */
    public static void attempt(Runnable action, String success) {
        try {
            action.run();
            success(success);
        }
        catch (InvalidInputException e) {
            error(e.getMessage());
        }
    }

    /** Puts the message on the field it names, or shows it as an error notice when it names none. */
    public static void show(InvalidInputException e, Map<String, ? extends HasValidation> fields) {
        HasValidation field = e.field() == null ? null : fields.get(e.field());
        if (field == null) {
            error(e.getMessage());
            return;
        }
        field.setErrorMessage(e.getMessage());
        field.setInvalid(true);
    }

    private static void show(String message, NotificationVariant variant, int millis) {
        Notification notification = Notification.show(message, millis, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(variant);
    }

}
