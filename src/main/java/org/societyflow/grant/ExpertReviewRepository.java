package org.societyflow.grant;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ExpertReviewRepository extends JpaRepository<ExpertReview, Long> {

    List<ExpertReview> findBySubjectKeyOrderByIdAsc(String subjectKey);

    List<ExpertReview> findBySubjectKeyInOrderByIdAsc(Collection<String> subjectKeys);

    List<ExpertReview> findByExpertAndStatus(String expert, ReviewStatus status);

    List<ExpertReview> findByStatus(ReviewStatus status);

    boolean existsBySubjectKeyAndExpert(String subjectKey, String expert);
}
