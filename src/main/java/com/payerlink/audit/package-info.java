/**
 * The audit log to read (issue 16, item 5): who did what, when, filtered and exported; org admins see their tenant's,
 * platform admins everyone's. Written through {@code core.audit.AuditLog}, append-only.
 */
@NullMarked
package com.payerlink.audit;

import org.jspecify.annotations.NullMarked;
