package org.societyflow.change;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.societyflow.workflow.ApplicationStore;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface ChangeRequestRepository extends JpaRepository<ChangeRequest, Long>, ApplicationStore<ChangeRequest> {

    @Override
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from ChangeRequest c where c.id = :id")
    Optional<ChangeRequest> findForUpdate(Long id);

    List<ChangeRequest> findBySocietyIdOrderByIdDesc(Long societyId);

    List<ChangeRequest> findAllByOrderByIdDesc();

    boolean existsBySocietyIdAndStatusIn(Long societyId, java.util.Collection<ChangeStatus> statuses);
}
