package com.payerlink.core.ui;

import com.payerlink.core.InvalidInputException;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.ShortcutRegistration;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.shared.Registration;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A dialog with a form: a primary save button (also on Enter) and Cancel. Saving fires a
 * {@link SaveEvent} with what was typed and never calls a service itself; the view saves (usually
 * through {@link #openSaving}) and, when the service refuses, {@link #reject} shows the message on
 * the field it names.
 *
 * @param <T> what the form produces, e.g. a new user
 */
public abstract class FormDialog<T> extends Dialog {

    /** The primary button that fires {@link SaveEvent}. */
    public final Button save;

    // the fields a rejection may name, by the name the services use
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    private final ShortcutRegistration saveOnEnter;

    protected FormDialog(String title, String width, String saveLabel) {
        setHeaderTitle(title);
        setWidth(width);
        save = new Button(saveLabel);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        saveOnEnter = save.addClickShortcut(Key.ENTER);
        save.addClickListener(e -> fireEvent(new SaveEvent<>(this, value())));
        getFooter().add(new Button("Cancel", e -> close()), save);
    }

    /** What the form holds now, as the service takes it. */
    protected abstract T value();

    /** For forms with multi-line text, where Enter starts a new line instead of saving. */
    protected void keepEnterForTyping() {
        saveOnEnter.remove();
    }

    /** Lets {@link #reject} put a message that names {@code name} on this field. */
    protected void field(String name, HasValidation field) {
        fields.put(name, field);
    }

    /** Shows a rejection on the field it concerns; everything typed stays. */
    public void reject(InvalidInputException e) {
        fields.values().forEach(field -> field.setInvalid(false));
        Notices.show(e, fields);
    }

    /**
     * Opens the dialog and saves each submitted form with {@code save}: on success the dialog closes and
     * {@code saved} gets the result; a refusal stays in the open dialog, on the field it names.
     *
     * @param <R> what saving returns, e.g. the created user
     */
    public <R> void openSaving(Function<T, R> save, Consumer<R> saved) {
        addSaveListener(e -> {
            R result;
            try {
                result = save.apply(e.value());
            }
            catch (InvalidInputException ex) {
                reject(ex);
                return;
            }
            close();
            saved.accept(result);
        });
        open();
    }

    @SuppressWarnings({ "unchecked", "rawtypes" })
    public Registration addSaveListener(ComponentEventListener<SaveEvent<T>> listener) {
        return addListener(SaveEvent.class, (ComponentEventListener) listener);
    }

    /** The user asked to save what {@link #value()} holds. */
    public static class SaveEvent<T> extends ComponentEvent<FormDialog<T>> {

        private final T value;

        SaveEvent(FormDialog<T> source, T value) {
            super(source, false);
            this.value = value;
        }

        public T value() {
            return value;
        }

    }

}
