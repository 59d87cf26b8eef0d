package org.societyflow.grant;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProgrammeRepository extends JpaRepository<Programme, Long> {

    List<Programme> findAllByOrderByYearDescIdDesc();

    List<Programme> findByStatusOrderByClosesOnAsc(ProgrammeStatus status);

    List<Programme> findByTypeAndYear(ProgrammeType type, int year);
}
