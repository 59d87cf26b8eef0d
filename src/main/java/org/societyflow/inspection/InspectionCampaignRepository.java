package org.societyflow.inspection;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface InspectionCampaignRepository extends JpaRepository<InspectionCampaign, Long> {

    Optional<InspectionCampaign> findByYear(int year);

    List<InspectionCampaign> findAllByOrderByYearDesc();
}
