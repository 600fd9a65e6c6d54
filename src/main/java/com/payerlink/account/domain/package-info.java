/**
 * Customer accounts and their wizard: the services that create, edit, register and list accounts, their
 * DAO, the value types with rules (account ID, role ARN, bucket name, partition, region…), the CloudFormation
 * template and quick-create link, and the states and steps an account goes through.
 */
@NullMarked
package com.payerlink.account.domain;

import org.jspecify.annotations.NullMarked;
