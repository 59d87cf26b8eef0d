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

    /**
     * Does work that writes the same rows on every node of a cluster (set-up at start-up), again while another node,
     * starting at the same moment, wrote them first; the work looks before it writes, so the next attempt finds them.
     */
    public static void retried(int attempts, Runnable work) {
        for (int attempt = 1; ; attempt++) {
            try {
                work.run();
                return;
            } catch (RuntimeException e) {
                if (attempt == attempts || !causedBy(e)) {
                    throw e;
                }
            }
        }
    }
}
