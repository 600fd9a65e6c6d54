package com.payerlink.account.domain;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a bulk registration would do with a selection: how many accounts are ready to register, and how many are not,
 * grouped by why.
 *
 * @param notReady accounts that are not ready, per reason (only reasons with accounts), in the reasons' order
 */
public record RegistrationPreview(int ready, Map<RegistrationBlocker, Integer> notReady) {

    public RegistrationPreview {
        Map<RegistrationBlocker, Integer> sorted = new EnumMap<>(RegistrationBlocker.class);
        sorted.putAll(notReady);
        notReady = Collections.unmodifiableMap(sorted);
    }

    public int total() {
        return ready + notReadyCount();
    }

    public int notReadyCount() {
        return notReady.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** "3 not ready: 2 · No role ARN (step 6); 1 · Registered already". */
    public String notReadySummary() {
        return notReadyCount() + " not ready: " + notReady.entrySet().stream()
            .map(e -> e.getValue() + " · " + e.getKey().label()).collect(Collectors.joining("; "));
    }

}
