/**
 * CSV import and export of account lists: parse, detect changes, preview, apply in one transaction
 * ({@code domain}); the import view ({@code ui}).
 */
@NullMarked
package com.payerlink.importing;

import org.jspecify.annotations.NullMarked;
