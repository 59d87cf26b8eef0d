package org.societyflow.workflow;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CorrectionRequestRepository extends JpaRepository<CorrectionRequest, Long> {

    List<CorrectionRequest> findByBusinessKeyAndResolvedAtIsNullOrderByIdDesc(String businessKey);

    List<CorrectionRequest> findByBusinessKeyOrderByIdAsc(String businessKey);
}
