package org.societyflow.grant;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ExpertRepository extends JpaRepository<Expert, Long> {

    Optional<Expert> findByUserId(String userId);

    List<Expert> findByActiveTrueOrderByUserIdAsc();

    List<Expert> findAllByOrderByUserIdAsc();
}
