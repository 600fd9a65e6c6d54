/** The "Your sessions" page. */
@NullMarked
package com.payerlink.session.ui;

import org.jspecify.annotations.NullMarked;
