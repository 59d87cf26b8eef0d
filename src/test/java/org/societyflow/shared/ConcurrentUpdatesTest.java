package org.societyflow.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.BatchUpdateException;
import java.sql.SQLTransactionRollbackException;
import org.apache.ibatis.exceptions.PersistenceException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEnginePersistenceException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.CannotAcquireLockException;

class ConcurrentUpdatesTest {

    @Test
    void aDeadlockDeepInTheEnginesCauseChainIsAConcurrentUpdate() {
        var deadlock = new SQLTransactionRollbackException("Deadlock found when trying to get lock", "40001", 1213);
        var batch = new BatchUpdateException("batch failed", new int[0], deadlock);
        var engine = new ProcessEnginePersistenceException("persistence layer", new PersistenceException(batch));

        assertThat(ConcurrentUpdates.causedBy(engine)).isTrue();
    }

    @Test
    void staleVersionsAndLocksNotGrantedAreConcurrentUpdates() {
        assertThat(ConcurrentUpdates.causedBy(new OptimisticLockingException("stale"))).isTrue();
        assertThat(ConcurrentUpdates.causedBy(new CannotAcquireLockException("locked"))).isTrue();
    }

    @Test
    void otherFailuresAreNot() {
        assertThat(ConcurrentUpdates.causedBy(new NullValueException("Cannot find task with id 1"))).isFalse();
        assertThat(ConcurrentUpdates.causedBy(new ProcessEnginePersistenceException("syntax", new PersistenceException("bad SQL"))))
                .isFalse();
    }
}
