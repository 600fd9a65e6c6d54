/**
 * Tenant binding: the scope (tenant, role, user) of the current thread and the data source that binds it to every
 * connection, so row-level security sees only that tenant's rows; transactions for work that crosses scopes.
 */
@NullMarked
package com.payerlink.core.tenancy;

import org.jspecify.annotations.NullMarked;
