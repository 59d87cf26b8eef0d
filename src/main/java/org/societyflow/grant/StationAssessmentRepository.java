package org.societyflow.grant;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.societyflow.workflow.ApplicationStore;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface StationAssessmentRepository extends JpaRepository<StationAssessment, Long>, ApplicationStore<StationAssessment> {

    /** Declared once more: Spring Data's and the lifecycle's are the same method. */
    @Override
    Optional<StationAssessment> findById(Long id);

    @Override
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from StationAssessment a where a.id = :id")
    Optional<StationAssessment> findForUpdate(Long id);

    /** Its number is the assessment's. */
    @Override
    @Query("select a from StationAssessment a where a.assessmentNo = :applicationNo")
    Optional<StationAssessment> findByApplicationNo(String applicationNo);

    List<StationAssessment> findByStationIdOrderByYearDesc(Long stationId);

    boolean existsByStationIdAndYear(Long stationId, int year);
}
