/** The home view: the funnel and the queues for tenant users, the overview for platform admins, charts in CSS. */
@NullMarked
package com.payerlink.dashboard.ui;

import org.jspecify.annotations.NullMarked;
