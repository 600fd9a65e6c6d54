package com.payerlink.audit.ui;

import com.payerlink.audit.domain.AuditFilter;
import com.payerlink.core.audit.AuditAction;
import com.payerlink.core.ui.Timestamps;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;

/** The Audit view's filters: time range (in the browser's zone), actor, action and account. */
class AuditFilters extends FlexLayout {

    final DatePicker from = new DatePicker("From");

    final DatePicker to = new DatePicker("To (including)");

    final TextField actor = new TextField("Actor");

    final ComboBox<String> action = new ComboBox<>("Action");

    final TextField account = new TextField("Account");

    AuditFilters(List<String> actions, Consumer<AuditFilter> onChange) {
        addClassName("audit-filters");
        setFlexWrap(FlexWrap.WRAP);
        getStyle().set("gap", "var(--lumo-space-s)");
        actor.setPlaceholder("e-mail address or part of it");
        account.setPlaceholder("AWS account ID or name");
        action.setItems(actions);
        action.setItemLabelGenerator(AuditAction::labelOf);
        action.setClearButtonVisible(true);
        to.addValueChangeListener(e -> from.setMax(e.getValue()));
        from.addValueChangeListener(e -> to.setMin(e.getValue()));
        for (TextField text : List.of(actor, account)) {
            text.setClearButtonVisible(true);
            text.setValueChangeMode(ValueChangeMode.LAZY);
            text.addValueChangeListener(e -> onChange.accept(filter()));
        }
        from.addValueChangeListener(e -> onChange.accept(filter()));
        to.addValueChangeListener(e -> onChange.accept(filter()));
        action.addValueChangeListener(e -> onChange.accept(filter()));
        add(from, to, actor, action, account);
    }

    AuditFilter filter() {
        ZoneId zone = Timestamps.zone();
        LocalDate until = to.getValue();
        return new AuditFilter(from.getValue() == null ? null : from.getValue().atStartOfDay(zone).toInstant(),
                until == null ? null : until.plusDays(1).atStartOfDay(zone).toInstant(), actor.getValue(),
                action.getValue(), account.getValue());
    }

}
