package org.societyflow.shared;

import java.sql.SQLTransactionRollbackException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.springframework.dao.ConcurrencyFailureException;

/**
 * Whether a failure is two transactions meeting on the same rows: a stale version (optimistic locking), a lock not
 * granted, or a deadlock the database broke by rolling one back (MariaDB under concurrent reviews of one society). The
 * loser's transaction is rolled back, nothing it did is stored, and the request may simply be sent again: a 409, not
 * a 500. The engine wraps the database's exception in its own, so the whole cause chain counts.
 */
public final class ConcurrentUpdates {

    private ConcurrentUpdates() {
    }

    public static boolean causedBy(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OptimisticLockingException || t instanceof ConcurrencyFailureException
                    || t instanceof SQLTransactionRollbackException) {
                return true;
            }
        }
        return false;
    }
}
