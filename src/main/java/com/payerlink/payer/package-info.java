/**
 * Payers and their members: a payer connection's organization members, re-read daily and flagged when they change,
 * grouped into the MSP's customers; a limited customer's extraction from the MSP's own payer (a CUR 2.0 export).
 */
@NullMarked
package com.payerlink.payer;

import org.jspecify.annotations.NullMarked;
