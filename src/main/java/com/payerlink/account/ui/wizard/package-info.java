/**
 * The wizard's step panels (partition, account, billing access, Cost and Usage Report, CloudFormation, role
 * ARNs) and step indicator, shared by the operators' wizard and the end customer's invitation page.
 */
@NullMarked
package com.payerlink.account.ui.wizard;

import org.jspecify.annotations.NullMarked;
