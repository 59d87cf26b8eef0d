package org.societyflow.society;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface StatusChangeRepository extends JpaRepository<StatusChange, Long> {

    List<StatusChange> findBySocietyIdOrderByChangedAtDesc(Long societyId);
}
