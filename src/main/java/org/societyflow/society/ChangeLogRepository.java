package org.societyflow.society;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ChangeLogRepository extends JpaRepository<ChangeLogEntry, Long> {

    List<ChangeLogEntry> findBySocietyIdOrderByChangedAtDescIdDesc(Long societyId);

    List<ChangeLogEntry> findBySocietyIdAndFieldOrderByChangedAtDescIdDesc(Long societyId, String field);
}
