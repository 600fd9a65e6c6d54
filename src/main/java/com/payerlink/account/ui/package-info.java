/**
 * The accounts grid with its filters and bulk actions, the new-account dialog, the wizard view of one account,
 * and {@code AccountSection}, through which other features add a part to an account's page.
 */
@NullMarked
package com.payerlink.account.ui;

import org.jspecify.annotations.NullMarked;
