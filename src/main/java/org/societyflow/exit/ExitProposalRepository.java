package org.societyflow.exit;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface ExitProposalRepository extends JpaRepository<ExitProposal, Long> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from ExitProposal p where p.id = :id")
    Optional<ExitProposal> findForUpdate(Long id);

    List<ExitProposal> findBySocietyIdOrderByIdDesc(Long societyId);

    List<ExitProposal> findByStatusOrderByIdDesc(ProposalStatus status);
}
