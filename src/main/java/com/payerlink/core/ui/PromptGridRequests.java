package com.payerlink.core.ui;

import com.vaadin.flow.component.grid.Grid;

/**
 * Makes a lazy grid ask the server for a jump's rows at once. Vaadin's grid connector sends a request for rows only
 * once nothing more was asked for 150 ms, so that scrolling does not ask for every page it passes; but then a jump
 * ({@code scrollToIndex}, a click on the scroll bar, Page Down, Ctrl+End) also waits 150 ms before its request even
 * leaves the browser: most of what a deep jump into 100,000 accounts took (issue 14). With this, a request after a
 * quiet moment (a jump, or the first move of a scroll) leaves at once, with every page the browser asked for in the
 * same task; requests that follow within 150 ms (scrolling on) are coalesced as Vaadin does, and sent once the
 * scrolling pauses for 150 ms.
 */
public final class PromptGridRequests {

    // Replaces the connector's debounceRootRequest (the one place its data provider asks for root pages), its queue
    // check and its reset; fetchPage, setViewportRange and the caching stay Vaadin's.
    private static final String SCRIPT = """
            const grid = $0;
            const connector = grid.$connector;
            if (!connector || connector.promptRootRequests) {
              return;
            }
            connector.promptRootRequests = true;
            const pause = 150;
            let timer = null;
            let leading = false;
            let asked = 0;
            let lastAsked = -Infinity;
            const send = () => {
              timer = null;
              leading = false;
              connector.fetchPage((first, size) => grid.$server.setViewportRange(first, size), asked, 'null');
            };
            // a jump's request leaves as soon as the task that jumped is done (every page it asked for known), before
            // the browser paints the empty rows
            const sendSoon = () => {
              const mine = {};
              timer = mine;
              queueMicrotask(() => timer === mine && send());
            };
            connector.debounceRootRequest = (page) => {
              const now = performance.now();
              const quiet = now - lastAsked > pause;
              lastAsked = now;
              asked = page;
              if (leading) {
                return;
              }
              clearTimeout(timer);
              leading = quiet;
              if (quiet) {
                sendSoon();
              } else {
                timer = setTimeout(send, pause);
              }
            };
            const queued = connector.hasRootRequestQueue;
            connector.hasRootRequestQueue = () => timer !== null || queued();
            const reset = connector.reset;
            connector.reset = function () {
              clearTimeout(timer);
              timer = null;
              leading = false;
              return reset.apply(this, arguments);
            };
            """;

    private PromptGridRequests() {
    }

    /** Call from the grid's {@code initConnector()}, after Vaadin's: the connector must exist. */
    public static void install(Grid<?> grid) {
        grid.getUI().ifPresent(ui -> ui.getPage().executeJs(SCRIPT, grid.getElement()));
    }

}
