/**
 * What every feature shares: security and sign-in, tenancy and row-level security binding, the database set-up,
 * the audit log, the main layout, and the exceptions every channel turns into a message.
 */
@NullMarked
package com.payerlink.core;

import org.jspecify.annotations.NullMarked;
