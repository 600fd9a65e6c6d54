/** Members, customers, the daily member sync (db-scheduler) and the limited customers' exports. */
@NullMarked
package com.payerlink.payer.domain;

import org.jspecify.annotations.NullMarked;
