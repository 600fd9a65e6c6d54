/**
 * Support tickets: the service, DAO and records of tickets, their comments and status changes, the ticket bulk
 * action, and the reactions that release accounts waiting on support.
 */
@NullMarked
package com.payerlink.support.domain;

import org.jspecify.annotations.NullMarked;
