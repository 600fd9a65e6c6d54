package com.payerlink.core.ui;

import com.vaadin.flow.component.checkbox.Checkbox;

import java.util.function.Consumer;

/**
 * A setting that is on or off, saved as soon as the user ticks it (no Save button) and confirmed by a notice that
 * says what now happens.
 */
public final class SettingSwitch {

    private SettingSwitch() {
    }

    /** Shows {@code current} in the checkbox and saves each change the user makes with {@code save}. */
    public static Checkbox bind(Checkbox box, boolean current, Consumer<Boolean> save, String noticeOn, String noticeOff) {
        box.setValue(current);
        box.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                save.accept(e.getValue());
                Notices.success(e.getValue() ? noticeOn : noticeOff);
            }
        });
        return box;
    }

}
