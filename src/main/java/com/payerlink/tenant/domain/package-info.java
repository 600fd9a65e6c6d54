/**
 * Tenants and users: creating tenants with their first org admin, adding users, the platform admin created on
 * the first start, and demo data.
 */
@NullMarked
package com.payerlink.tenant.domain;

import org.jspecify.annotations.NullMarked;
