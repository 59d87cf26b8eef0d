package org.societyflow.grant;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface GrantApplicationRepository extends JpaRepository<GrantApplication, Long> {

    Optional<GrantApplication> findByApplicationNo(String applicationNo);

    List<GrantApplication> findBySocietyIdOrderByIdDesc(Long societyId);

    List<GrantApplication> findByProgrammeIdOrderByIdAsc(Long programmeId);

    List<GrantApplication> findAllByOrderByIdDesc();
}
