package org.societyflow.party;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PartyNominationRepository extends JpaRepository<PartyNomination, Long> {

    List<PartyNomination> findBySelectionIdOrderByIdAsc(Long selectionId);

    List<PartyNomination> findBySelectionIdAndSocietyIdOrderByIdAsc(Long selectionId, Long societyId);

    boolean existsBySelectionIdAndSocietyIdAndKind(Long selectionId, Long societyId, PartyNomination.NominationKind kind);

    List<PartyNomination> findBySocietyIdInAndExemplaryTrueOrderByIdDesc(Collection<Long> societyIds);

    List<PartyNomination> findByExemplaryTrueOrderByIdDesc();
}
