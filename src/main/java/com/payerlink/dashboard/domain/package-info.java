/**
 * The dashboard's read model: one SQL aggregate per widget over the accounts, invitations and tickets of the
 * current tenant (row-level security backs every tenant filter), and the platform's overview and failing jobs.
 */
@NullMarked
package com.payerlink.dashboard.domain;

import org.jspecify.annotations.NullMarked;
