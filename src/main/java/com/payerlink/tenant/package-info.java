/**
 * Tenants (MSPs) and their users ({@code domain}), and the views that manage them ({@code ui}).
 */
@NullMarked
package com.payerlink.tenant;

import org.jspecify.annotations.NullMarked;
