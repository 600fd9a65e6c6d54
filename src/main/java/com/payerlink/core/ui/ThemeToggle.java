package com.payerlink.core.ui;

import com.payerlink.core.security.UserPreferences;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.theme.lumo.Lumo;

/** The header's light/dark switch (Lumo dark); the choice is stored per user and applied on every page. */
public class ThemeToggle extends Button {

    private final transient UserPreferences preferences;

    private boolean dark;

    public ThemeToggle(UserPreferences preferences) {
        this.preferences = preferences;
        addClassName("theme-toggle");
        addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        addClickListener(e -> {
            preferences.setDarkTheme(!dark);
            apply(!dark);
        });
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        apply(preferences.darkTheme());
    }

    private void apply(boolean on) {
        dark = on;
        // Lumo's dark variant applies from the document's root element down, overlays included
        getElement().executeJs("document.documentElement.setAttribute('theme', $0)", on ? Lumo.DARK : "");
        setIcon((on ? VaadinIcon.SUN_O : VaadinIcon.MOON_O).create());
        setAriaLabel(on ? "Light theme" : "Dark theme");
        setTooltipText(on ? "Switch to the light theme" : "Switch to the dark theme");
    }

}
