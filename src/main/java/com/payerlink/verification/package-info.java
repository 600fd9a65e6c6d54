/**
 * Verification against AWS: the checks and AWS clients ({@code aws}), durable verification jobs and their
 * results ({@code domain}), and the views that start and follow them ({@code ui}).
 */
@NullMarked
package com.payerlink.verification;

import org.jspecify.annotations.NullMarked;
