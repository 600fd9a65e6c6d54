/**
 * Durable verification: db-scheduler tasks per account, batches and their progress, stored runs with their
 * checks, the first-delivery watcher, and linked accounts of an organization.
 */
@NullMarked
package com.payerlink.verification.domain;

import org.jspecify.annotations.NullMarked;
