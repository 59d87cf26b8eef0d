package org.societyflow.exit;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface ExitCaseRepository extends JpaRepository<ExitCase, Long> {

    Optional<ExitCase> findByApplicationNo(String applicationNo);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from ExitCase c where c.id = :id")
    Optional<ExitCase> findForUpdate(Long id);

    List<ExitCase> findBySocietyIdOrderByIdDesc(Long societyId);

    List<ExitCase> findAllByOrderByIdDesc();
}
