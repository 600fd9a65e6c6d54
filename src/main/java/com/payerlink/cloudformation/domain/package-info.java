/** What follows a stack's report outside the account itself: the org admins' mail when a connection is disconnected. */
@NullMarked
package com.payerlink.cloudformation.domain;

import org.jspecify.annotations.NullMarked;
