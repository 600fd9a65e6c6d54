package com.payerlink.account.ui;

import com.payerlink.account.domain.AccountQuery;
import com.payerlink.account.domain.AccountState;
import com.payerlink.account.domain.ConnectionMethod;
import com.payerlink.account.domain.Partition;
import com.payerlink.account.domain.WizardStep;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * The filters above the accounts grid: states (several), step, method, partition, failed check, days in state and
 * free text. The view keeps them in its URL ({@link com.payerlink.account.domain.AccountQueryParameters}).
 */
class AccountFilters extends HorizontalLayout {

    final MultiSelectComboBox<AccountState> state = new MultiSelectComboBox<>();

    final Select<Integer> step = new Select<>();

    final Select<ConnectionMethod> method = new Select<>();

    final Select<Partition> partition = new Select<>();

    final ComboBox<String> failure = new ComboBox<>();

    final IntegerField days = new IntegerField();

    final TextField search = new TextField();

    final Button clearFilters = new Button("Clear filters");

    // the failure codes the tenant's failed accounts report now
    private final transient Supplier<List<String>> failureCodes;

    private final transient Runnable onChange;

    // set while the filters are being set from a query: that is no change by the user
    private boolean settingQuery;

    /**
     * @param failureCodes the check codes to offer in the failure filter
     * @param onChange     runs after the user changed any filter
     */
    // Long on purpose: the seven filters' settings in the order they stand in the bar, read top to bottom as the
    // operator sees them; each is a few setter calls that a helper per filter would only scatter.
    AccountFilters(Supplier<List<String>> failureCodes, Runnable onChange) {
        this.failureCodes = failureCodes;
        this.onChange = onChange;
        state.setLabel("State");
        state.setItems(AccountState.values());
        state.setItemLabelGenerator(AccountState::label);
        state.setPlaceholder("Any");
        state.setClearButtonVisible(true);
        state.setWidth("16em");

        step.setLabel("Step");
        step.setItems(IntStream.rangeClosed(1, WizardStep.COUNT).boxed().toList());
        step.setItemLabelGenerator(n -> n == null ? "Any" : n + " · " + WizardStep.of(n).title());

        method.setLabel("Method");
        method.setItems(ConnectionMethod.values());
        method.setItemLabelGenerator(m -> m == null ? "Any" : m.label());

        partition.setLabel("Partition");
        partition.setItems(Partition.values());
        partition.setItemLabelGenerator(p -> p == null ? "Any" : p.label());

        for (Select<?> select : List.of(step, method, partition)) {
            select.setEmptySelectionAllowed(true);
            select.setEmptySelectionCaption("Any");
        }

        failure.setLabel("Failed check");
        failure.setPlaceholder("Any");
        failure.setClearButtonVisible(true);
        failure.setTooltipText("Accounts whose verification failed with this check");
        failure.setWidth("14em");
        offerFailureCodes(null);

        days.setLabel("Days in state ≥");
        days.setMin(0);
        days.setMax(36_500);
        days.setClearButtonVisible(true);
        days.setWidth("9em");
        days.setTooltipText("Accounts at least this many days in their state, e.g. stuck ones");
        days.setValueChangeMode(ValueChangeMode.LAZY);

        search.setLabel("Search");
        search.setPlaceholder("Search name or account ID");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setWidth("18em");
        search.setValueChangeMode(ValueChangeMode.LAZY);

        for (HasValue<?, ?> field : List.<HasValue<?, ?>>of(state, step, method, partition, failure, days, search)) {
            field.addValueChangeListener(e -> {
                if (!settingQuery) {
                    onChange.run();
                }
            });
        }

        clearFilters.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        clearFilters.addClickListener(e -> clear());

        add(search, state, step, method, partition, failure, days, clearFilters);
        addClassName("account-filters");
        setWidthFull();
        setAlignItems(Alignment.BASELINE);
        getStyle().set("flex-wrap", "wrap");
    }

    /** The query these filters ask for, sorted by name. */
    AccountQuery query() {
        String text = search.getValue().strip();
        Integer minDays = days.getValue() == null || days.getValue() < 0 ? null : days.getValue();
        return AccountQuery.all()
            .withStates(state.getValue())
            .withStep(step.getValue())
            .withMethod(method.getValue())
            .withPartition(partition.getValue())
            .withFailure(failure.getValue())
            .withMinDaysInState(minDays)
            .withSearch(text.isEmpty() ? null : text);
    }

    /** Sets every filter to what the query asks for (e.g. from the URL), without counting it as a change. */
    void setQuery(AccountQuery query) {
        settingQuery = true;
        try {
            state.setValue(query.states());
            step.setValue(query.step());
            method.setValue(query.method());
            partition.setValue(query.partition());
            offerFailureCodes(query.failure());
            failure.setValue(query.failure());
            days.setValue(query.minDaysInState());
            search.setValue(query.search() == null ? "" : query.search());
        }
        finally {
            settingQuery = false;
        }
    }

    boolean anySet() {
        return query().filtered();
    }

    /** Clears every filter: one change, not one per filter. */
    void clear() {
        setQuery(AccountQuery.all());
        onChange.run();
    }

    // the codes in use now, and the one asked for even if no account reports it (a shared link)
    private void offerFailureCodes(String wanted) {
        List<String> codes = new ArrayList<>(failureCodes.get());
        if (wanted != null && !codes.contains(wanted)) {
            codes.add(wanted);
        }
        failure.setItems(codes);
    }

}
