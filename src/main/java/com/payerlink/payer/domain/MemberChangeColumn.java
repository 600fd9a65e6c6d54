package com.payerlink.payer.domain;

import com.payerlink.account.domain.AccountGridColumn;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The accounts grid's "Organization" column: payers whose members changed, and accounts that joined or left. */
@Configuration(proxyBeanMethods = false)
class MemberChangeColumn {

    @Bean
    AccountGridColumn memberChangeGridColumn(PayerMemberService members) {
        return AccountGridColumn.of("Organization", members::changesOf);
    }

}
