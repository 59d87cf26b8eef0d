package org.societyflow.workflow;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReviewOpinionRepository extends JpaRepository<ReviewOpinion, Long> {

    List<ReviewOpinion> findByBusinessKeyOrderByCreatedAtAscIdAsc(String businessKey);

    Optional<ReviewOpinion> findFirstByBusinessKeyAndTaskDefinitionKeyOrderByCreatedAtDescIdDesc(String businessKey,
                                                                                               String taskDefinitionKey);
}
