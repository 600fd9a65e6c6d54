/**
 * Health after go-live: READY and PROCESSING accounts checked again against AWS on a schedule ({@code domain}), and
 * their health on the account page ({@code ui}).
 */
@NullMarked
package com.payerlink.health;

import org.jspecify.annotations.NullMarked;
