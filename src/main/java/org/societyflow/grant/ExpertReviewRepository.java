package org.societyflow.grant;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ExpertReviewRepository extends JpaRepository<ExpertReview, Long> {

    List<ExpertReview> findBySubjectKeyOrderByIdAsc(String subjectKey);

    List<ExpertReview> findBySubjectKeyInOrderByIdAsc(Collection<String> subjectKeys);

    List<ExpertReview> findByExpertAndStatus(String expert, ReviewStatus status);

    List<ExpertReview> findByStatus(ReviewStatus status);

    List<ExpertReview> findBySubjectKeyAndStatus(String subjectKey, ReviewStatus status);

    /**
     * The application (or station report) ended early: its open reviews are withdrawn, so that they count in no expert's
     * load ({@link ExpertAssignment}) any more; their tasks went with the cancelled process.
     */
    default void withdrawOpen(String subjectKey) {
        findBySubjectKeyAndStatus(subjectKey, ReviewStatus.ASSIGNED).forEach(ExpertReview::withdrawn);
    }

    boolean existsBySubjectKeyAndExpert(String subjectKey, String expert);
}
