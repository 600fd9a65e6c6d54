package com.payerlink.core;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * How a constant of a {@link Status} enum is shown: its label and tone, declared on the constant itself, e.g.
 * {@code @Shown(label = "Ready", tone = Tone.SUCCESS) READY}. {@link Status#statusLabel()} reads it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface Shown {

    String label();

    Tone tone();

}
