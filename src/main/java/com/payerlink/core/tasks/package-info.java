/**
 * How the portal builds its persistent db-scheduler tasks: one way for a periodic job and one for a retried
 * one-off job, so every feature's tasks fail, retry and give up alike.
 */
@NullMarked
package com.payerlink.core.tasks;

import org.jspecify.annotations.NullMarked;
