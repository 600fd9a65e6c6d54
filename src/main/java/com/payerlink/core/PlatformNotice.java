package com.payerlink.core;

import org.jspecify.annotations.Nullable;

/**
 * Something the platform's operators must fix (a setting, the mail server, failing jobs). The main layout shows it
 * once, above every view (not per account). {@link PlatformNotices} asks each notice now and then, not per page.
 */
public interface PlatformNotice {

    /** The notice as things are now, or null when nothing is wrong. */
    @Nullable
    Notice now();

    /**
     * @param message     for platform admins: what is wrong and how to fix it
     * @param userMessage for a tenant's users and support agents, who cannot fix it: what it means for them; null
     *                    tells them nothing (e.g. when their own views say it already)
     */
    record Notice(String message, @Nullable String userMessage) {
    }

}
