package org.societyflow.party;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface PartyOrganisationRecordRepository extends JpaRepository<PartyOrganisationRecord, Long> {

    Optional<PartyOrganisationRecord> findBySocietyId(Long societyId);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from PartyOrganisationRecord r where r.societyId = :societyId")
    Optional<PartyOrganisationRecord> findBySocietyIdForUpdate(Long societyId);

    List<PartyOrganisationRecord> findBySocietyIdIn(Collection<Long> societyIds);
}
