package org.societyflow.support;

import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.societyflow.identity.Groups;

/** Initiators (学会发起人) of a test's own, so tests do not share open founding applications. */
public final class Initiators {

    private Initiators() {
    }

    /** A new initiator account (user id = password), logged in over the API. */
    public static Api fresh(IdentityService identityService, int port) {
        String id = "init-" + UUID.randomUUID().toString().substring(0, 8);
        User user = identityService.newUser(id);
        user.setLastName("发起人" + id.substring(5));
        user.setPassword(id);
        TestUsers.save(identityService, user);
        identityService.createMembership(id, Groups.APPLICANTS);
        return Api.as(port, id, id);
    }
}
