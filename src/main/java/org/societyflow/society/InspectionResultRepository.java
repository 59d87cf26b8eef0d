package org.societyflow.society;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface InspectionResultRepository extends JpaRepository<InspectionResult, Long> {

    Optional<InspectionResult> findBySocietyIdAndYear(Long societyId, int year);

    List<InspectionResult> findBySocietyIdOrderByYearDesc(Long societyId);

    List<InspectionResult> findBySocietyIdIn(java.util.Collection<Long> societyIds);
}
