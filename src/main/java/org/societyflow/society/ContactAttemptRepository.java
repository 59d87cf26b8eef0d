package org.societyflow.society;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ContactAttemptRepository extends JpaRepository<ContactAttempt, Long> {

    List<ContactAttempt> findBySocietyIdOrderByAttemptedOnDescIdDesc(Long societyId);

    @Query("""
            select max(a.attemptedOn) from ContactAttempt a
            where a.societyId = :societyId and a.outcome = org.societyflow.society.ContactAttempt.Outcome.REACHED
            """)
    Optional<LocalDate> lastReached(@Param("societyId") Long societyId);

    /** Failed attempts after the given day (null: all of them). */
    @Query("""
            select count(a) from ContactAttempt a
            where a.societyId = :societyId and a.outcome = org.societyflow.society.ContactAttempt.Outcome.FAILED
              and (:after is null or a.attemptedOn > :after)
            """)
    int countFailedAfter(@Param("societyId") Long societyId, @Param("after") LocalDate after);
}
