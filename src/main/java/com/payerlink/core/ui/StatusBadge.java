package com.payerlink.core.ui;

import com.payerlink.core.StatusLabel;
import com.payerlink.core.Tone;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.function.SerializableFunction;
import org.jspecify.annotations.Nullable;

/**
 * A status as a coloured Lumo badge: the one place where a {@link Tone} becomes a theme name. In a grid column of many
 * rows, {@link #renderer} draws the same badge in the browser instead of one server-side component per cell.
 */
public class StatusBadge extends Span {

    /** An empty badge, for a status shown later with {@link #show}. */
    public StatusBadge() {
    }

    public StatusBadge(String label, Tone tone) {
        show(label, tone);
    }

    public StatusBadge(StatusLabel status) {
        show(status);
    }

    /** Shows another status in this badge, e.g. after the record changed. */
    public final void show(String label, Tone tone) {
        setText(label);
        getElement().setAttribute("theme", ("badge " + theme(tone)).strip());
    }

    /** Shows another status in this badge, e.g. after the record changed. */
    public final void show(StatusLabel status) {
        show(status.label(), status.tone());
    }

    /** The Lumo badge variant of a tone; INFO is Lumo's plain (primary-coloured) badge. */
    static String theme(Tone tone) {
        return switch (tone) {
            case NEUTRAL -> "contrast";
            case SUCCESS -> "success";
            case WARNING -> "warning";
            case ERROR -> "error";
            case INFO -> "";
        };
    }

    /**
     * A grid column's badges, drawn by the browser from each row's JSON (a {@link LitRenderer}): no component per cell
     * to create, attach and send, which is what made a deep jump in a long grid slow. A row whose status is null shows
     * no badge (an empty span without a theme).
     */
    public static <T> LitRenderer<T> renderer(SerializableFunction<T, @Nullable StatusLabel> status) {
        return LitRenderer.<T>of("<span theme=\"${item.theme}\">${item.label}</span>")
            .withProperty("label", row -> labelOf(status.apply(row)))
            .withProperty("theme", row -> themeOf(status.apply(row)));
    }

    /**
     * As {@link #renderer(SerializableFunction)}, with a line of detail under the badge when the row has one (e.g. a
     * failed verification's check codes), in the styles' {@code state-cell} and {@code state-detail} (hidden when
     * empty).
     */
    public static <T> LitRenderer<T> renderer(SerializableFunction<T, StatusLabel> status,
            SerializableFunction<T, @Nullable String> detail) {
        return LitRenderer.<T>of("<span class=\"state-cell\"><span theme=\"${item.theme}\">${item.label}</span>"
                + "<span class=\"state-detail\">${item.detail}</span></span>")
            .withProperty("label", row -> labelOf(status.apply(row)))
            .withProperty("theme", row -> themeOf(status.apply(row)))
            .withProperty("detail", row -> {
                String text = detail.apply(row);
                return text == null ? "" : text;
            });
    }

    private static String labelOf(@Nullable StatusLabel status) {
        return status == null ? "" : status.label();
    }

    private static String themeOf(@Nullable StatusLabel status) {
        return status == null ? "" : ("badge " + theme(status.tone())).strip();
    }

}
