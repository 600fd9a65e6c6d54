/**
 * The database set-up: the embedded PostgreSQL or an external one, Flyway as owner and the portal's pool as
 * {@code payerlink_app}, so row-level security applies.
 */
@NullMarked
package com.payerlink.core.database;

import org.jspecify.annotations.NullMarked;
