package org.societyflow.support;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.IdentityServiceImpl;

/**
 * Test accounts log in with their user id as password, which the password policy refuses
 * ({@code societyflow.security.password.*}); like the demo users, they are saved past it.
 */
public final class TestUsers {

    private TestUsers() {
    }

    public static void save(IdentityService identityService, User user) {
        ((IdentityServiceImpl) identityService).saveUser(user, true);
    }
}
