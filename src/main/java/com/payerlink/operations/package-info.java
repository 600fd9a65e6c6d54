/** Running Payerlink as a deployment: the management port's security, readiness, request ids in logs, log redaction. */
@NullMarked
package com.payerlink.operations;

import org.jspecify.annotations.NullMarked;
