package com.payerlink.core.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.page.ExtendedClientDetails;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Times as the user reads them: in the browser's time zone, in one format everywhere. Until the
 * browser has told its zone (once per browser tab), times are shown in the server's zone.
 */
public final class Timestamps {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private Timestamps() {
    }

    /**
     * Asks the browser for its time zone when the component is attached and runs {@code refresh}
     * once it is known, so that what the component rendered before is shown again in that zone.
     */
    public static void refreshWhenZoneKnown(Component component, Runnable refresh) {
        component.addAttachListener(e -> {
            UI ui = e.getUI();
            if (ui.getInternals().getExtendedClientDetails() == null) {
                // shown again once, just before the answer goes to the browser, and only while still on the page
                ui.getPage().retrieveExtendedClientDetails(details -> ui.beforeClientResponse(component, context -> {
                    if (component.isAttached()) {
                        refresh.run();
                    }
                }));
            }
        });
    }

    /** The browser's zone, or the server's while the browser has not told it (or named one Java lacks). */
    public static ZoneId zone() {
        UI ui = UI.getCurrent();
        ExtendedClientDetails details = ui == null ? null : ui.getInternals().getExtendedClientDetails();
        if (details == null || details.getTimeZoneId() == null) {
            return ZoneId.systemDefault();
        }
        try {
            return ZoneId.of(details.getTimeZoneId());
        }
        catch (RuntimeException unknownZone) {
            return ZoneId.systemDefault();
        }
    }

    /** "2025-06-01 14:05" in the browser's zone; empty for no time. */
    public static String dateTime(OffsetDateTime time) {
        return dateTime(time, zone());
    }

    /** "2025-06-01 14:05" in the given zone; empty for no time. */
    public static String dateTime(OffsetDateTime time, ZoneId zone) {
        return time == null ? "" : DATE_TIME.format(time.atZoneSameInstant(zone));
    }

    /** The day in the browser's zone; empty for no time. */
    public static String date(OffsetDateTime time) {
        return time == null ? "" : DateTimeFormatter.ISO_LOCAL_DATE.format(time.atZoneSameInstant(zone()));
    }

    /** "just now", "5 min ago", "3 h ago", else the date and time in the browser's zone. */
    public static String age(OffsetDateTime time) {
        return age(time, Instant.now(), zone());
    }

    /** "just now", "5 min ago", "3 h ago", else the date and time in the given zone. */
    public static String age(OffsetDateTime time, Instant now, ZoneId zone) {
        if (time == null) {
            return "";
        }
        Duration age = Duration.between(time.toInstant(), now);
        if (age.isNegative() || age.toMinutes() < 1) {
            return "just now";
        }
        if (age.toHours() < 1) {
            return age.toMinutes() + " min ago";
        }
        if (age.toHours() < 24) {
            return age.toHours() + " h ago";
        }
        return dateTime(time, zone);
    }

    /** How long since {@code time}, for ages in a queue: "12 min", "5 h", "3 d". */
    public static String elapsed(OffsetDateTime time, Instant now) {
        Duration age = Duration.between(time.toInstant(), now);
        if (age.toHours() < 1) {
            return Math.max(0, age.toMinutes()) + " min";
        }
        return age.toDays() < 2 ? age.toHours() + " h" : age.toDays() + " d";
    }

}
