/** The portal's own Prometheus metrics: one place that names them, for every feature to count what operators watch. */
@NullMarked
package com.payerlink.core.metrics;

import org.jspecify.annotations.NullMarked;
