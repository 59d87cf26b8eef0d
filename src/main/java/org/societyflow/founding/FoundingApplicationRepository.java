package org.societyflow.founding;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface FoundingApplicationRepository extends JpaRepository<FoundingApplication, Long> {

    Optional<FoundingApplication> findByApplicationNo(String applicationNo);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select f from FoundingApplication f where f.id = :id")
    Optional<FoundingApplication> findForUpdate(Long id);

    List<FoundingApplication> findByApplicantUserIdOrderByIdDesc(String applicantUserId);

    List<FoundingApplication> findAllByOrderByIdDesc();
}
