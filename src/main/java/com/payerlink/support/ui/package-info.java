/**
 * The tickets list, one ticket's view with its thread, and the new-ticket dialog.
 */
@NullMarked
package com.payerlink.support.ui;

import org.jspecify.annotations.NullMarked;
