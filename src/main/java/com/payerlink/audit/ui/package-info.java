/**
 * The Audit view.
 */
@NullMarked
package com.payerlink.audit.ui;

import org.jspecify.annotations.NullMarked;
