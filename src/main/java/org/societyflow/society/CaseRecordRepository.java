package org.societyflow.society;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CaseRecordRepository extends JpaRepository<CaseRecord, Long> {

    List<CaseRecord> findBySocietyIdOrderByOccurredOnDescIdDesc(Long societyId);

    List<CaseRecord> findBySocietyIdAndOccurredOnBetweenOrderByOccurredOn(Long societyId, LocalDate from, LocalDate to);
}
