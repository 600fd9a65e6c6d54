/**
 * E-mail: the outbox that loses no message, its sender and templates ({@code domain}), and the outbox view ({@code ui}).
 */
@NullMarked
package com.payerlink.notification;

import org.jspecify.annotations.NullMarked;
