package com.payerlink.core.security;

import lombok.RequiredArgsConstructor;
import com.vaadin.flow.spring.security.VaadinWebSecurity;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.logout.LogoutFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;

import java.util.List;

/**
 * Vaadin's login view in front of every view; each view names its roles with {@code @RolesAllowed}. Passwords are
 * checked by {@link ThrottledSignIn}, then a second step where one is due ({@link SecondStepCompletion}), and every
 * request of a session checks that its user's access is unchanged.
 */
@EnableWebSecurity
@Configuration
@RequiredArgsConstructor
public class SecurityConfiguration extends VaadinWebSecurity {

    private final SignInOutcomes signInOutcomes;

    private final SignedInSessions signedInSessions;

    private final SignInDirectory signInDirectory;

    // further ways to sign in (single sign-on), each added by its feature
    private final List<SignInMethod> signInMethods;

    private final SecondFactorGate secondFactor;

    @Override
    protected void configure(HttpSecurity http) throws Exception {
        super.configure(http);
        setLoginView(http, "/login", "/login");
        http.formLogin(form -> form.failureHandler(signInOutcomes).authenticationDetailsSource(SignInDetails::new));
        // a right password with a second step to take signs no session in: this filter does, after the second step
        http.addFilterBefore(new SecondStepCompletion(signInDirectory, secondFactor), LogoutFilter.class);
        // a session whose user was disabled, given another role or removed ends on its next request
        http.addFilterAfter(new SessionStampFilter(signedInSessions), SecurityContextHolderFilter.class);
        for (SignInMethod method : signInMethods) {
            method.configure(http);
        }
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    /**
     * No observation of the filter chains, authentication or authorization: each wraps every filter of every request
     * (about a tenth of a stack callback's CPU) and feeds no tracing here. Requests are still timed by Spring MVC's
     * own observation ({@code http.server.requests}).
     */
    @Bean
    SecurityObservationSettings noSecurityObservations() {
        return SecurityObservationSettings.noObservations();
    }

}
