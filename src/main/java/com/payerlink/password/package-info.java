/**
 * Self-service passwords: "Forgot password" links, set-your-password links for invited users, changing your own
 * password and the forced change of a generated one ({@code domain}), and their pages ({@code ui}).
 */
@NullMarked
package com.payerlink.password;

import org.jspecify.annotations.NullMarked;
