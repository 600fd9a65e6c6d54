/**
 * The audit log: who did what, when, in which tenant.
 */
@NullMarked
package com.payerlink.core.audit;

import org.jspecify.annotations.NullMarked;
