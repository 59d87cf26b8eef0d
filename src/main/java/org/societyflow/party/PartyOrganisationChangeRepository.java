package org.societyflow.party;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.societyflow.workflow.ApplicationStore;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface PartyOrganisationChangeRepository extends JpaRepository<PartyOrganisationChange, Long>,
        ApplicationStore<PartyOrganisationChange> {

    @Override
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from PartyOrganisationChange c where c.id = :id")
    Optional<PartyOrganisationChange> findForUpdate(Long id);

    List<PartyOrganisationChange> findBySocietyIdOrderByIdDesc(Long societyId);

    List<PartyOrganisationChange> findAllByOrderByIdDesc();

    boolean existsBySocietyIdAndStatusIn(Long societyId, Collection<PartyOrganisationChange.PartyChangeStatus> statuses);
}
