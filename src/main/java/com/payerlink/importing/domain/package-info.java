/**
 * The CSV import pipeline: the parser of real-world account lists, the change detector, the preview with per-row
 * errors, the set-based apply in one transaction, and the history of imports.
 */
@NullMarked
package com.payerlink.importing.domain;

import org.jspecify.annotations.NullMarked;
