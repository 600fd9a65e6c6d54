/**
 * The Home dashboard: where a tenant's accounts stand and what needs whose action, and the platform admin's
 * cross-tenant overview ({@code domain}: the aggregate queries; {@code ui}: the home view and its charts).
 */
@NullMarked
package com.payerlink.dashboard;

import org.jspecify.annotations.NullMarked;
