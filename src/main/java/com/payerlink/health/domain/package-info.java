/** The health sweep and checks as db-scheduler tasks, their settings, and the grid's health column. */
@NullMarked
package com.payerlink.health.domain;

import org.jspecify.annotations.NullMarked;
