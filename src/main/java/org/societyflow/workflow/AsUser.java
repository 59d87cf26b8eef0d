package org.societyflow.workflow;

import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.societyflow.identity.CurrentUser;

/**
 * Runs an engine operation as the portal's user. The engine writes its operation log (who modified, reassigned or
 * cancelled what, with the annotation) only for an authenticated user, and the portal does not authenticate the engine
 * on every request.
 */
public final class AsUser {

    private AsUser() {
    }

    public static void run(IdentityService identityService, CurrentUser user, Runnable operation) {
        call(identityService, user, () -> {
            operation.run();
            return null;
        });
    }

    /** The same for an operation with a result. */
    public static <T> T call(IdentityService identityService, CurrentUser user, Supplier<T> operation) {
        identityService.setAuthentication(user.userId(), List.copyOf(user.groups()));
        try {
            return operation.get();
        } finally {
            identityService.clearAuthentication();
        }
    }
}
