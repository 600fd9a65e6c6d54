/**
 * Payerlink: the multi-tenant portal in which MSPs connect their customers' AWS accounts to the cost analytics
 * platform. Holds only the Spring Boot application; every capability lives in its own feature package below.
 */
@NullMarked
package com.payerlink;

import org.jspecify.annotations.NullMarked;
