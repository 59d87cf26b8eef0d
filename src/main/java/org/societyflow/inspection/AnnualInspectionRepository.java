package org.societyflow.inspection;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import jakarta.persistence.LockModeType;
import org.societyflow.workflow.ApplicationStore;

interface AnnualInspectionRepository extends JpaRepository<AnnualInspection, Long>, ApplicationStore<AnnualInspection> {

    @Override
    Optional<AnnualInspection> findById(Long id);

    /** Serialises concurrent submissions of the same report (two tabs, a retried request). */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select i from AnnualInspection i where i.id = :id")
    @Override
    Optional<AnnualInspection> findForUpdate(Long id);

    List<AnnualInspection> findBySocietyIdOrderByYearDesc(Long societyId);

    List<AnnualInspection> findByCampaignIdOrderByApplicationNo(Long campaignId);

    long countByCampaignId(Long campaignId);
}
