package org.societyflow.exit;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.societyflow.workflow.ApplicationStore;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface ExitCaseRepository extends JpaRepository<ExitCase, Long>, ApplicationStore<ExitCase> {

    @Override
    Optional<ExitCase> findById(Long id);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from ExitCase c where c.id = :id")
    @Override
    Optional<ExitCase> findForUpdate(Long id);

    List<ExitCase> findBySocietyIdOrderByIdDesc(Long societyId);

    List<ExitCase> findAllByOrderByIdDesc();

    boolean existsBySocietyIdAndStatusIn(Long societyId, Collection<ExitCaseStatus> statuses);

    /** A society is never in two open cases, and the scan proposes none while one is open. */
    default boolean hasOpenCase(Long societyId) {
        return existsBySocietyIdAndStatusIn(societyId, ExitCaseStatus.openOnes());
    }
}
