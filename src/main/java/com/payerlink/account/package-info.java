/**
 * Customer accounts: the six-step connection wizard, CloudFormation template, account states and history.
 * Services, DAOs and value types are in {@code domain}, views in {@code ui}.
 */
@NullMarked
package com.payerlink.account;

import org.jspecify.annotations.NullMarked;
