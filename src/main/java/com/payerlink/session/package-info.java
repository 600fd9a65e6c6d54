/** "Your sessions": a user's signed-in sessions, signing one out or all of them ({@code domain}, {@code ui}). */
@NullMarked
package com.payerlink.session;

import org.jspecify.annotations.NullMarked;
