/** The payer's members on its account page, and the customers view. */
@NullMarked
package com.payerlink.payer.ui;

import org.jspecify.annotations.NullMarked;
