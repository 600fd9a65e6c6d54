package com.payerlink.core;

/**
 * What a status says and how it reads at a glance; lists show it as a badge.
 *
 * @param tone how the status reads at a glance; the badge picks the colour
 */
public record StatusLabel(String label, Tone tone) {
}
