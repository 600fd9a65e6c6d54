/**
 * Support tickets: tickets that link accounts, their status, comments and e-mails ({@code domain}), and their
 * views ({@code ui}).
 */
@NullMarked
package com.payerlink.support;

import org.jspecify.annotations.NullMarked;
