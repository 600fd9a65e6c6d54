package com.payerlink.core.security;

import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RolesTest {

    @Test
    void every_role_has_a_name_constant_spelled_as_the_role() throws IllegalAccessException {
        List<String> names = new ArrayList<>();
        for (Field f : Roles.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
                assertThat(f.get(null)).as(f.getName()).isEqualTo(f.getName());
                names.add(f.getName());
            }
        }
        assertThat(names).containsExactlyInAnyOrder(
                java.util.Arrays.stream(Role.values()).map(Role::name).toArray(String[]::new));
    }

    @Test
    void editors_and_readers_are_tenant_roles_and_ticket_groups_add_support_agents() {
        assertThat(Roles.EDITORS).containsExactlyInAnyOrder(Role.ORG_ADMIN, Role.OPERATOR);
        assertThat(Roles.READERS).allMatch(Role::isTenantRole).containsAll(Roles.EDITORS).contains(Role.VIEWER);
        assertThat(Roles.TICKET_READERS).containsAll(Roles.READERS).contains(Role.SUPPORT_AGENT);
        assertThat(Roles.TICKET_WRITERS).containsAll(Roles.EDITORS).contains(Role.SUPPORT_AGENT)
            .doesNotContain(Role.VIEWER);
    }

}
