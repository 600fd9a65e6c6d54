/** The published CloudFormation templates at their stable public URLs ({@code /cloudformation/…}), with ETags. */
@NullMarked
package com.payerlink.cloudformation.web;

import org.jspecify.annotations.NullMarked;
