/** An account's health on its page. */
@NullMarked
package com.payerlink.health.ui;

import org.jspecify.annotations.NullMarked;
