package org.societyflow.grant;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface HaizhiStationRepository extends JpaRepository<HaizhiStation, Long> {

    List<HaizhiStation> findAllByOrderByIdAsc();

    List<HaizhiStation> findBySocietyIdOrderByIdAsc(Long societyId);

    List<HaizhiStation> findByStatusOrderByIdAsc(StationStatus status);
}
