/**
 * The checks against AWS (STS, S3, legacy CUR, CUR 2.0, Organizations) with the SDK's shared clients: every check
 * has a code, a plain message and the fix.
 */
@NullMarked
package com.payerlink.verification.aws;

import org.jspecify.annotations.NullMarked;
