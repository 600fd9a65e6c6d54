package com.payerlink.account.domain;

import org.jooq.Converter;

import java.util.Arrays;
import java.util.List;

/**
 * The {@code customer_account.role_arns} text array as the account's role ARNs; jOOQ's generated record uses it,
 * so DAOs never parse or join ARNs by hand. A lambda converter cannot name {@code List<RoleArn>} as its class.
 */
public final class RoleArnsColumn implements Converter<String[], List<RoleArn>> {

    private static final long serialVersionUID = 1L;

    @Override
    public List<RoleArn> from(String[] stored) {
        return stored == null ? null : Arrays.stream(stored).map(RoleArn::parse).toList();
    }

    @Override
    public String[] to(List<RoleArn> roleArns) {
        return roleArns == null ? null : roleArns.stream().map(RoleArn::value).toArray(String[]::new);
    }

    @Override
    public Class<String[]> fromType() {
        return String[].class;
    }

    @Override
    @SuppressWarnings({ "unchecked", "rawtypes" })
    public Class<List<RoleArn>> toType() {
        return (Class) List.class;
    }
}
