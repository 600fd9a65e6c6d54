/**
 * The platform admin's tenants view and the org admin's users view, with their dialogs.
 */
@NullMarked
package com.payerlink.tenant.ui;

import org.jspecify.annotations.NullMarked;
