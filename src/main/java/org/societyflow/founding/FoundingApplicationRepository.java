package org.societyflow.founding;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.societyflow.workflow.ApplicationStore;

interface FoundingApplicationRepository extends JpaRepository<FoundingApplication, Long>,
        ApplicationStore<FoundingApplication> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select f from FoundingApplication f where f.id = :id")
    Optional<FoundingApplication> findForUpdate(Long id);

    /** The applications open now but {@code id}: a new one may not take their name or code. */
    List<FoundingApplication> findByStatusInAndIdNot(Collection<FoundingStatus> statuses, Long id);

    List<FoundingApplication> findByApplicantUserIdOrderByIdDesc(String applicantUserId);

    /** The initiators of the applications that lapsed since {@code since}: they may not initiate again yet. */
    @Query("""
            select new org.societyflow.founding.LapsedInitiator(i.name, i.employer, f.closedAt)
            from FoundingApplication f join f.form.initiators i
            where f.status in :lapsed and f.closedAt >= :since""")
    List<LapsedInitiator> lapsedInitiatorsSince(Collection<FoundingStatus> lapsed, java.time.Instant since);

    List<FoundingApplication> findAllByOrderByIdDesc();
}
