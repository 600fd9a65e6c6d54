/**
 * Reading the audit log (entries, filters, the CSV export) and the audit entries of other features' events.
 */
@NullMarked
package com.payerlink.audit.domain;

import org.jspecify.annotations.NullMarked;
