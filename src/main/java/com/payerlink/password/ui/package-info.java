/** The forgot-password, set-password and change-password pages, and the gate that forces a change. */
@NullMarked
package com.payerlink.password.ui;

import org.jspecify.annotations.NullMarked;
