package com.payerlink.account.ui;

import com.payerlink.account.domain.AccountQuery;
import com.payerlink.account.domain.AccountState;
import com.payerlink.account.domain.ConnectionMethod;
import com.payerlink.account.domain.Partition;
import com.payerlink.account.domain.WizardStep;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

import java.util.List;
import java.util.stream.IntStream;

/** The filters above the accounts grid: state, step, method, partition and free text. */
class AccountFilters extends HorizontalLayout {

    final Select<AccountState> state = new Select<>();

    final Select<Integer> step = new Select<>();

    final Select<ConnectionMethod> method = new Select<>();

    final Select<Partition> partition = new Select<>();

    final TextField search = new TextField();

    final Button clearFilters = new Button("Clear filters");

    /** @param onChange runs after any filter changed */
    AccountFilters(Runnable onChange) {
        state.setLabel("State");
        state.setItems(AccountState.values());
        state.setItemLabelGenerator(s -> s == null ? "Any" : s.label());

        step.setLabel("Step");
        step.setItems(IntStream.rangeClosed(1, WizardStep.COUNT).boxed().toList());
        step.setItemLabelGenerator(n -> n == null ? "Any" : n + " · " + WizardStep.of(n).title());

        method.setLabel("Method");
        method.setItems(ConnectionMethod.values());
        method.setItemLabelGenerator(m -> m == null ? "Any" : m.label());

        partition.setLabel("Partition");
        partition.setItems(Partition.values());
        partition.setItemLabelGenerator(p -> p == null ? "Any" : p.label());

        for (Select<?> select : List.of(state, step, method, partition)) {
            select.setEmptySelectionAllowed(true);
            select.setEmptySelectionCaption("Any");
            select.addValueChangeListener(e -> onChange.run());
        }

        search.setLabel("Search");
        search.setPlaceholder("Search name or account ID");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setWidth("18em");
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> onChange.run());

        clearFilters.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        clearFilters.addClickListener(e -> clear());

        add(search, state, step, method, partition, clearFilters);
        addClassName("account-filters");
        setWidthFull();
        setAlignItems(Alignment.BASELINE);
        getStyle().set("flex-wrap", "wrap");
    }

    /** The query these filters ask for, sorted by name. */
    AccountQuery query() {
        String text = search.getValue().strip();
        return AccountQuery.all()
            .withState(state.getValue())
            .withStep(step.getValue())
            .withMethod(method.getValue())
            .withPartition(partition.getValue())
            .withSearch(text.isEmpty() ? null : text);
    }

    boolean anySet() {
        return state.getValue() != null || step.getValue() != null || method.getValue() != null
                || partition.getValue() != null || !search.getValue().isBlank();
    }

    void clear() {
        state.clear();
        step.clear();
        method.clear();
        partition.clear();
        search.clear();
    }

}
