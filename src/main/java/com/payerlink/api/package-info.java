/**
 * The REST API under {@code /api/v1}: API tokens ({@code domain}), controllers and the bearer-token security chain
 * ({@code web}), and the org admin's token view ({@code ui}).
 */
@NullMarked
package com.payerlink.api;

import org.jspecify.annotations.NullMarked;
