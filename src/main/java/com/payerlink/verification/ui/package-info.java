/**
 * The verification panel of an account's wizard, a batch's live progress view, and the linked-accounts dialog.
 */
@NullMarked
package com.payerlink.verification.ui;

import org.jspecify.annotations.NullMarked;
