package org.societyflow.workflow;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReviewOpinionRepository extends JpaRepository<ReviewOpinion, Long> {

    List<ReviewOpinion> findByBusinessKeyOrderByCreatedAtAscIdAsc(String businessKey);
}
