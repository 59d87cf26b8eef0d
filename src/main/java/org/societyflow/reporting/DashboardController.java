package org.societyflow.reporting;

import java.util.Locale;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.societyflow.identity.CurrentUsers;
import org.societyflow.inspection.InspectionCampaign;
import org.societyflow.inspection.InspectionCampaignService;
import org.societyflow.party.PartyOrganisationService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** 数据看板: the figures as tables and server-drawn charts, with links to the exports. */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class DashboardController {

    private final DashboardService dashboards;
    private final DashboardCharts charts;
    private final InspectionCampaignService campaigns;
    private final CurrentUsers currentUsers;
    private final PartyOrganisationService party;

    @GetMapping("/dashboard")
    String dashboard(Model model, Locale locale) {
        Dashboard dashboard = dashboards.dashboard(currentUsers.current());
        model.addAttribute("d", dashboard);
        model.addAttribute("charts", charts.all(dashboard, locale));
        model.addAttribute("partyCoverage", party.coverage());
        // only a year with a campaign has results to export; the register may hold grades from before the app
        model.addAttribute("campaignYears", campaigns.all().stream().map(InspectionCampaign::getYear).toList());
        return "reporting/dashboard";
    }
}
