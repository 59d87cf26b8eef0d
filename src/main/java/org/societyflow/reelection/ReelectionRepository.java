package org.societyflow.reelection;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.societyflow.workflow.ApplicationStore;

interface ReelectionRepository extends JpaRepository<Reelection, Long>, ApplicationStore<Reelection> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from Reelection r where r.id = :id")
    Optional<Reelection> findForUpdate(Long id);

    List<Reelection> findBySocietyIdOrderByIdDesc(Long societyId);

    List<Reelection> findAllByOrderByIdDesc();

    boolean existsBySocietyIdAndStatusNotIn(Long societyId, Collection<ReelectionStatus> statuses);

    boolean existsBySocietyIdAndClosingTerm(Long societyId, Integer closingTerm);
}
