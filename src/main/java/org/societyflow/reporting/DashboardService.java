package org.societyflow.reporting;

import java.util.List;
import java.util.Map;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.societyflow.grant.GrantApplication;
import org.societyflow.grant.GrantApplicationService;
import org.societyflow.grant.GrantStatus;
import org.societyflow.grant.Programme;
import org.societyflow.grant.ProgrammeService;
import org.societyflow.identity.CurrentUser;
import org.societyflow.shared.EngineClock;
import org.societyflow.society.Society;
import org.societyflow.society.SocietyService;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Assembles the dashboard from the register, the grant programmes (through their services) and the engine. */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class DashboardService {

    private final SocietyService societies;
    private final ProgrammeService programmes;
    private final GrantApplicationService grants;
    private final ProcessFigures processes;
    private final ReportingSettings settings;

    public Dashboard dashboard(CurrentUser user) {
        ReportingAccess.require(user);
        Map<String, String> names = processes.processNames();
        return new Dashboard(EngineClock.now(),
                Counts.societies(register()),
                Counts.grades(societies.allInspectionResults().stream()
                        .map(r -> new Counts.Graded(r.getYear(), r.getGrade())).toList()),
                processes.openApplications(applications(names)),
                processes.overdueCount(),
                processes.overdueTasks(),
                processes.stepDurations(names),
                programmes.visibleTo(user).stream().map(this::funding).toList());
    }

    /** The processes that are applications: every deployed one but the platform's own work. */
    private Map<String, String> applications(Map<String, String> names) {
        Map<String, String> applications = new java.util.LinkedHashMap<>(names);
        applications.keySet().removeAll(settings.getInternalProcesses());
        return applications;
    }

    /** The whole register by code, for the dashboard and the register's export. */
    List<Society> register() {
        return societies.search(null, null, null, Pageable.unpaged(Sort.by("code"))).getContent();
    }

    private ProgrammeFunding funding(Programme programme) {
        List<GrantApplication> applications = grants.ofProgramme(programme.getId()).stream()
                .filter(a -> a.getStatus() != GrantStatus.DRAFT).toList();
        List<GrantApplication> funded = applications.stream().filter(a -> a.getStatus().funded()).toList();
        return new ProgrammeFunding(programme.getId(), programme.getTitle(), programme.getYear(), programme.getStatus(),
                programme.getTotalBudget(), programmes.budgetUsed(programme),
                funded.stream().mapToLong(a -> a.getFundedAmount() == null ? 0 : a.getFundedAmount()).sum(),
                funded.size(), applications.size());
    }
}
