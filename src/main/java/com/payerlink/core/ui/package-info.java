/**
 * The shell every view shares: main layout and navigation, the login and home views, and notices.
 */
@NullMarked
package com.payerlink.core.ui;

import org.jspecify.annotations.NullMarked;
