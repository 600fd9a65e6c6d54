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
 * Times as the user reads them: in the browser's time zone, in one format everywhere. The browser tells its zone once
 * per tab; the session remembers it, so that the next pages of the session are drawn in it at once. Until then (the
 * first page of a session), times are shown in the server's zone and drawn again once the zone is known, only if it
 * differs.
 */
public final class Timestamps {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    // the zone the browser told, kept in the Vaadin session (one browser) for the pages opened after it
    private static final String SESSION_ZONE = Timestamps.class.getName() + ".zone";

    private Timestamps() {
    }

    /**
     * Asks the browser for its time zone when the component is attached and runs {@code refresh} once it is known, if
     * what the component rendered was drawn in another zone. A page drawn in the right zone is never drawn again, so a
     * click in that moment is not lost.
     */
    public static void refreshWhenZoneKnown(Component component, Runnable refresh) {
        component.addAttachListener(e -> {
            UI ui = e.getUI();
            if (ui.getInternals().getExtendedClientDetails() == null) {
                ZoneId drawnIn = zone();
                ui.getPage().retrieveExtendedClientDetails(details -> {
                    ZoneId browser = browserZone(details);
                    remember(ui, browser);
                    if (!browser.equals(drawnIn)) {
                        // shown again once, just before the answer goes to the browser, and only while still on the page
                        ui.beforeClientResponse(component, context -> {
                            if (component.isAttached()) {
                                refresh.run();
                            }
                        });
                    }
                });
            }
        });
    }

    /**
     * Asks the browser for its zone when the component is attached, for the pages of the session opened after it. The
     * sign-in page does, so that no page after it is drawn twice.
     */
    public static void learnZone(Component component) {
        component.addAttachListener(e -> {
            UI ui = e.getUI();
            if (ui.getInternals().getExtendedClientDetails() == null) {
                ui.getPage().retrieveExtendedClientDetails(details -> remember(ui, browserZone(details)));
            }
        });
    }

    /**
     * The browser's zone; while this tab has not told it, the zone an earlier tab of the session told; else the
     * server's (also for a zone Java lacks).
     */
    public static ZoneId zone() {
        UI ui = UI.getCurrent();
        if (ui == null) {
            return ZoneId.systemDefault();
        }
        ExtendedClientDetails details = ui.getInternals().getExtendedClientDetails();
        if (details != null) {
            return browserZone(details);
        }
        Object remembered = ui.getSession() == null ? null : ui.getSession().getAttribute(SESSION_ZONE);
        return remembered instanceof ZoneId known ? known : ZoneId.systemDefault();
    }

    /** Keeps the browser's zone for the session's next pages. */
    static void remember(UI ui, ZoneId browserZone) {
        ui.getSession().setAttribute(SESSION_ZONE, browserZone);
    }

    private static ZoneId browserZone(ExtendedClientDetails details) {
        if (details.getTimeZoneId() == null) {
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
