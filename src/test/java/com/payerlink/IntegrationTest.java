package com.payerlink;

import com.payerlink.core.security.Role;
import com.payerlink.core.security.SignInDirectory;
import com.payerlink.core.tenancy.CurrentScope;
import com.payerlink.core.tenancy.DatabaseScope;
import com.payerlink.tenant.domain.NewTenant;
import com.payerlink.tenant.domain.NewUser;
import com.payerlink.tenant.domain.Tenant;
import com.payerlink.tenant.domain.TenantService;
import com.payerlink.tenant.domain.UserAccount;
import com.payerlink.verification.AwsStub;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/**
 * Base of the tests that need the portal and its real PostgreSQL. Each test makes its own tenants
 * (unique names), so tests never see each other's rows.
 */
@SpringBootTest
public abstract class IntegrationTest {

    // Each Spring context installs its own security-context strategy JVM-wide when it starts; a test talking to its
    // context over HTTP must share that context's strategy, not the one of whichever test context started last.
    @Autowired
    private ObjectProvider<SecurityContextHolderStrategy> securityContextStrategy;

    @BeforeEach
    void useThisContextsSecurityContextStrategy() {
        securityContextStrategy.ifAvailable(SecurityContextHolder::setContextHolderStrategy);
    }


    public static final String PASSWORD = "correct horse battery";

    @Autowired
    protected TenantService tenantService;

    @Autowired
    private SignInDirectory signInDirectory;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase db = TestDatabase.get();
        registry.add("spring.datasource.url", db::url);
        registry.add("spring.datasource.username", db::username);
        registry.add("spring.datasource.password", db::password);
        registry.add("payerlink.database.portal-username", db::portalUsername);
        registry.add("payerlink.database.portal-password", db::portalPassword);
        // every context of the run shares the database, so its jobs: all of them must reach the same AWS stub
        registry.add("payerlink.aws.endpoint", () -> AwsStub.shared().url().toString());
        registry.add("payerlink.aws.max-attempts", () -> "2");
        System.setProperty("aws.accessKeyId", "AKIAPLATFORMEXAMPLE1");
        System.setProperty("aws.secretAccessKey", "platformSecretExample");
        registry.add("db-scheduler.polling-interval", () -> "500ms");
        registry.add("db-scheduler.heartbeat-interval", () -> "1s");
    }

    protected static <T> T asPlatform(Supplier<T> work) {
        return CurrentScope.callAs(DatabaseScope.platform(), work);
    }

    /** Runs the work in the tenant with the role and no user, as a background job of that tenant would. */
    public static <T> T as(Tenant tenant, Role role, Supplier<T> work) {
        return CurrentScope.callAs(new DatabaseScope(tenant.id(), role, null), work);
    }

    /** {@link #as(Tenant, Role, Supplier)} for work that answers nothing. */
    public static void as(Tenant tenant, Role role, Runnable work) {
        CurrentScope.runAs(new DatabaseScope(tenant.id(), role, null), work);
    }

    /** A fresh tenant with its org admin ({@code admin@<code>.test}). */
    protected Tenant newTenant() {
        String code = randomCode();
        return asPlatform(() -> tenantService.create(new NewTenant("Tenant " + code, code,
                new NewUser("Admin " + code, "admin@" + code.toLowerCase(Locale.ROOT) + ".test", Role.ORG_ADMIN,
                        PASSWORD))));
    }

    protected UserAccount newUser(Tenant tenant, Role role) {
        String email = role.name().toLowerCase(Locale.ROOT) + "-" + UUID.randomUUID() + "@" + tenant.code().toLowerCase(Locale.ROOT) + ".test";
        return asPlatform(() -> tenantService.addUserToTenant(tenant.name(), new NewUser(role.label() + " of " + tenant.code(), email, role, PASSWORD)))
            .orElseThrow();
    }

    /** A new support agent (platform staff, no tenant). */
    protected UserAccount newSupportAgent() {
        String email = "agent-" + UUID.randomUUID() + "@payerlink.test";
        return asPlatform(() -> tenantService.createPlatformUser(new NewUser("Agent", email, Role.SUPPORT_AGENT, PASSWORD)));
    }

    /** Runs the work signed in as the user, as a request of that user would (scope and actor from the principal). */
    protected <T> T signedInAs(String email, Supplier<T> work) {
        UserDetails user = signInDirectory.loadUserByUsername(email);
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        }
        finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    protected static String adminEmail(Tenant tenant) {
        return "admin@" + tenant.code().toLowerCase(Locale.ROOT) + ".test";
    }

    private static String randomCode() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            code.append((char) ('A' + ThreadLocalRandom.current().nextInt(26)));
        }
        return code.toString();
    }

}
