/**
 * The REST API's controllers, request and response bodies, RFC 9457 problem answers, bearer-token filter,
 * per-token rate limit and OpenAPI document.
 */
@NullMarked
package com.payerlink.api.web;

import org.jspecify.annotations.NullMarked;
