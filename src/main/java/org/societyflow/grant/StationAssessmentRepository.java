package org.societyflow.grant;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface StationAssessmentRepository extends JpaRepository<StationAssessment, Long> {

    Optional<StationAssessment> findByAssessmentNo(String assessmentNo);

    List<StationAssessment> findByStationIdOrderByYearDesc(Long stationId);

    boolean existsByStationIdAndYear(Long stationId, int year);
}
