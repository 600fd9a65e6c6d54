package com.payerlink.core.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import org.jspecify.annotations.Nullable;

import java.util.UUID;

/**
 * The page of one thing that the route's {@code :id} names, e.g. a ticket or an account. Entering the page reads the
 * thing afresh; an id that is no id, or that names nothing of the user's, gets a page that says so with a link back to
 * the list. A page that shows its thing is drawn again once the browser's time zone is known, since its times were
 * first drawn in the server's.
 */
public abstract class ItemPage extends VerticalLayout implements BeforeEnterObserver {

    /** What the page says when there is no such thing: a title, why that may be, and the list to go back to. */
    public record NotFound(String title, String text, String listRoute, String backLabel) {
    }

    private final NotFound notFound;

    private boolean shown;

    protected ItemPage(NotFound notFound) {
        this.notFound = notFound;
        Timestamps.refreshWhenZoneKnown(this, () -> {
            if (shown) {
                refresh();
            }
        });
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        UUID id = idOf(event);
        shown = id != null && show(id, event);
        if (!shown) {
            add(new H2(notFound.title()), new Paragraph(notFound.text()),
                    new Anchor(notFound.listRoute(), notFound.backLabel()));
        }
    }

    private static @Nullable UUID idOf(BeforeEnterEvent event) {
        try {
            return UUID.fromString(event.getRouteParameters().get("id").orElse(""));
        }
        catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Reads the thing {@code id} names and lays the page out with it; false when the user has no such thing. */
    protected abstract boolean show(UUID id, BeforeEnterEvent event);

    /** Draws the thing shown again, e.g. its times in the browser's zone. */
    protected abstract void refresh();

}
