/**
 * The import view: upload, preview with per-row errors, apply, and the history of imports.
 */
@NullMarked
package com.payerlink.importing.ui;

import org.jspecify.annotations.NullMarked;
