package com.payerlink.core;

import java.lang.reflect.Field;
import java.util.HashMap;
import java.util.Map;

/** The {@link Shown} labels of each {@link Status} enum, read once per enum. */
final class StatusLabels {

    private static final ClassValue<Map<String, StatusLabel>> LABELS = new ClassValue<>() {
        @Override
        protected Map<String, StatusLabel> computeValue(Class<?> type) {
            return read(type);
        }
    };

    private StatusLabels() {
    }

    static StatusLabel of(Enum<?> constant) {
        return LABELS.get(constant.getDeclaringClass()).get(constant.name());
    }

    private static Map<String, StatusLabel> read(Class<?> type) {
        Map<String, StatusLabel> labels = new HashMap<>();
        for (Object constant : type.getEnumConstants()) {
            String name = ((Enum<?>) constant).name();
            Shown shown = field(type, name).getAnnotation(Shown.class);
            if (shown == null) {
                throw new IllegalStateException(type.getName() + "." + name + " is a status without a label: annotate "
                        + "the constant with @Shown(label = ..., tone = ...)");
            }
            labels.put(name, new StatusLabel(shown.label(), shown.tone()));
        }
        return Map.copyOf(labels);
    }

    private static Field field(Class<?> type, String name) {
        try {
            return type.getField(name);
        }
        catch (NoSuchFieldException e) {
            throw new IllegalStateException(e);
        }
    }

}
