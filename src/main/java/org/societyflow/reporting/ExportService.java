package org.societyflow.reporting;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.societyflow.activity.Activity;
import org.societyflow.activity.ActivityForm;
import org.societyflow.activity.ActivityService;
import org.societyflow.grant.GrantApplication;
import org.societyflow.grant.GrantApplicationService;
import org.societyflow.grant.GrantStatus;
import org.societyflow.grant.Programme;
import org.societyflow.grant.ProgrammeService;
import org.societyflow.identity.CurrentUser;
import org.societyflow.inspection.AnnualInspection;
import org.societyflow.inspection.CampaignStatistics;
import org.societyflow.inspection.InspectionCampaign;
import org.societyflow.inspection.InspectionCampaignService;
import org.societyflow.inspection.InspectionStatus;
import org.societyflow.party.PartyCoverage;
import org.societyflow.party.PartyOrganisationRecord;
import org.societyflow.party.PartyOrganisationService;
import org.societyflow.shared.ChineseTexts;
import org.societyflow.shared.DisplayTime;
import org.societyflow.shared.NotFoundException;
import org.societyflow.shared.Xlsx;
import org.societyflow.society.InspectionGrade;
import org.societyflow.society.Officer;
import org.societyflow.society.OfficerRole;
import org.societyflow.society.PartyOrganisation;
import org.societyflow.society.Society;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The register, a 年检 campaign's results and a programme's ranking as Excel workbooks with Chinese headers. */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ExportService {

    // the columns of each sheet in the order of its rows; their headers are the bundle's export.<sheet>.<column>
    static final List<String> REGISTER_HEADERS = ChineseTexts.formatAll("export.register.", List.of("code", "name",
            "englishName", "creditCode", "discipline", "status", "supervisionMode", "weak", "abnormalActivity",
            "registeredOn", "termNumber", "termStart", "termEnd", "president", "secretaryGeneral", "legalRepresentative",
            "officers", "membersIndividual", "membersUnit", "partyOrganisation", "registeredFunds", "supervisingUnit",
            "address", "contactPhone", "businessScope"));
    static final List<String> CAMPAIGN_HEADERS = ChineseTexts.formatAll("export.campaign.", List.of("applicationNo",
            "societyCode", "societyName", "status", "reportDeadline", "submittedAt", "submittedBy", "proposedGrade",
            "grade", "gradedAt", "rectified"));
    static final List<String> TALLY_HEADERS = ChineseTexts.formatAll("export.tallies.", List.of("item", "count"));
    static final List<String> RANKING_HEADERS = ChineseTexts.formatAll("export.ranking.", List.of("rank", "applicationNo",
            "title", "society", "category", "meanScore", "requestedAmount", "onList", "fundedAmount", "status"));
    static final List<String> PARTY_HEADERS = ChineseTexts.formatAll("export.party.", List.of("code", "name",
            "discipline", "organisationForm", "setUpOn", "secretary", "partyMembers", "workGroup", "instructor",
            "parentOrganisation", "applicationNo"));
    static final List<String> COVERAGE_HEADERS = ChineseTexts.formatAll("export.coverage.", List.of("discipline",
            "societies", "organised", "organisedPercent", "covered", "coveredPercent"));
    static final List<String> ACTIVITY_HEADERS = ChineseTexts.formatAll("export.activity.", List.of("applicationNo",
            "societyCode", "societyName", "type", "brand", "title", "startsOn", "endsOn", "venue", "online", "organisers",
            "coOrganisers", "participants", "audience", "status", "verifiedAt"));
    static final List<String> APPLICATION_HEADERS = ChineseTexts.formatAll("export.received.", List.of("applicationNo",
            "title", "society", "category", "status", "requestedAmount", "meanScore", "fundedAmount", "submittedAt"));

    private final DashboardService dashboards;
    private final InspectionCampaignService campaigns;
    private final ProgrammeService programmes;
    private final GrantApplicationService grants;
    private final PartyOrganisationService party;
    private final ActivityService activities;
    private final ChineseTexts texts;
    private final DisplayTime times;

    /** 学会名录: every society in the register by code, with its term, officers and members. */
    public Export register(CurrentUser user) {
        ReportingAccess.require(user);
        List<List<Object>> rows = dashboards.register().stream().map(this::registerRow).toList();
        String name = texts.text("export.register.sheet");
        return Export.of(name, new Xlsx(times.zone()).sheet(name, REGISTER_HEADERS, rows).bytes());
    }

    private List<Object> registerRow(Society s) {
        return Arrays.asList(s.getCode(), s.getName(), s.getEnglishName(), s.getCreditCode(), texts.of(s.getDiscipline()),
                texts.of(s.getStatus()), texts.of(s.getSupervisionMode()), s.isWeak(), s.isAbnormalActivity(),
                s.getRegisteredOn(), s.getTermNumber(), s.getTermStart(), s.getTermEnd(),
                officers(s, o -> o.getRole() == OfficerRole.PRESIDENT), officers(s, o -> o.getRole() == OfficerRole.SECRETARY_GENERAL),
                officers(s, Officer::isLegalRepresentative), s.officersSummary(), s.getMembersIndividual(), s.getMembersUnit(),
                texts.of(s.getPartyOrganisation()), tenThousands(s.getRegisteredFunds()), s.getSupervisingUnit(), s.getAddress(),
                s.getContactPhone(), s.getBusinessScope());
    }

    /** The register keeps 元; the column is headed 万元 (500 000 元 is 50). */
    static java.math.BigDecimal tenThousands(java.math.BigDecimal yuan) {
        return yuan == null ? null : yuan.movePointLeft(4).stripTrailingZeros();
    }

    private static String officers(Society society, java.util.function.Predicate<Officer> which) {
        return society.getOfficers().stream().filter(which).map(Officer::getName).collect(Collectors.joining("、"));
    }

    /** 学会党组织: the register line of each society under supervision, and the coverage by discipline. */
    public Export partyOrganisations(CurrentUser user) {
        ReportingAccess.require(user);
        PartyCoverage coverage = party.coverage();
        List<Society> societies = party.registerVisibleTo(user);
        Map<Long, PartyOrganisationRecord> lines = party.records(societies.stream().map(Society::getId).toList());
        List<List<Object>> rows = societies.stream().map(s -> partyRow(s, lines.get(s.getId()))).toList();
        List<List<Object>> coverageRows = new ArrayList<>();
        coverage.byDiscipline().forEach((discipline, count) -> coverageRows.add(coverageRow(texts.of(discipline), count)));
        coverageRows.add(coverageRow(texts.text("party.coverage.total"), coverage.total()));
        String name = texts.text("export.party.sheet");
        return Export.of(name, new Xlsx(times.zone()).sheet(name, PARTY_HEADERS, rows)
                .sheet(texts.text("export.coverage.sheet"), COVERAGE_HEADERS, coverageRows).bytes());
    }

    private List<Object> partyRow(Society s, PartyOrganisationRecord line) {
        return Arrays.asList(s.getCode(), s.getName(), texts.of(s.getDiscipline()),
                texts.of(line == null ? PartyOrganisation.NONE : line.getOrganisationForm()),
                line == null ? null : line.getSetUpOn(), line == null ? null : line.getSecretary(),
                line == null ? null : line.getPartyMembers(), line != null && line.isWorkGroup(),
                line == null ? null : line.getInstructor(), line == null ? null : line.getParentOrganisation(),
                line == null ? null : line.getApplicationNo());
    }

    private static List<Object> coverageRow(String label, PartyCoverage.Count count) {
        return List.of(label, count.societies(), count.organised(), count.organisedPercent(), count.covered(),
                count.coveredPercent());
    }

    /** A 年检 campaign's results society by society, and its tallies on a second sheet. */
    public Export campaign(int year, CurrentUser user) {
        ReportingAccess.require(user);
        InspectionCampaign campaign = campaigns.all().stream().filter(c -> c.getYear() == year).findFirst()
                .orElseThrow(() -> new NotFoundException("campaign", year));
        Map<Long, Society> register = dashboards.register().stream()
                .collect(Collectors.toMap(Society::getId, Function.identity()));
        List<List<Object>> rows = campaigns.inspectionsOf(campaign.getId()).stream()
                .map(i -> campaignRow(i, register.get(i.getSocietyId()))).toList();
        // the year as it is written, not as a number (2,026)
        String name = texts.text("export.campaign.sheet", String.valueOf(year));
        return Export.of(name, new Xlsx(times.zone())
                .sheet(name, CAMPAIGN_HEADERS, rows)
                .sheet(texts.text("export.tallies.sheet"), TALLY_HEADERS,
                        tallies(campaigns.statistics(campaign.getId())))
                .bytes());
    }

    private List<Object> campaignRow(AnnualInspection i, Society society) {
        return Arrays.asList(i.getApplicationNo(), society == null ? null : society.getCode(),
                society == null ? null : society.getName(), texts.of(i.getStatus()), i.getReportDeadline(),
                i.getSubmittedAt(), i.getSubmittedBy(), texts.of(i.getProposedGrade()), texts.of(i.getGrade()),
                i.getGradedAt(), i.getRectified() == null ? null
                        : texts.text(i.getRectified() ? "export.campaign.rectified.yes" : "export.campaign.rectified.no"));
    }

    private List<List<Object>> tallies(CampaignStatistics statistics) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of(texts.text("export.tallies.total"), statistics.total()));
        for (InspectionStatus status : InspectionStatus.values()) {
            rows.add(List.of(texts.of(status), statistics.count(status)));
        }
        for (InspectionGrade grade : InspectionGrade.values()) {
            rows.add(List.of(texts.of(grade), statistics.count(grade)));
        }
        rows.add(List.of(texts.text("export.tallies.overdue"), statistics.overdue()));
        return rows;
    }

    /** A programme's ranking with the funded list, and every application it received. */
    public Export programme(Long id, CurrentUser user) {
        ReportingAccess.require(user);
        Programme programme = programmes.get(id, user);
        List<List<Object>> ranking = programmes.ranking(programme).stream().map(r -> {
            GrantApplication a = r.application();
            return Arrays.<Object>asList(r.rank(), a.getApplicationNo(), a.getForm().getTitle(), r.societyName(),
                    texts.of(a.getForm().getCategory()), a.getMeanScore(), a.getForm().getRequestedAmount(), r.onList(),
                    a.getFundedAmount(), texts.of(a.getStatus()));
        }).toList();
        List<GrantApplication> received = grants.ofProgramme(id).stream().filter(a -> a.getStatus() != GrantStatus.DRAFT)
                .toList();
        Map<Long, String> names = dashboards.register().stream().collect(Collectors.toMap(Society::getId, Society::getName));
        List<List<Object>> applications = received.stream().map(a -> Arrays.<Object>asList(a.getApplicationNo(),
                a.getForm().getTitle(), names.get(a.getSocietyId()), texts.of(a.getForm().getCategory()),
                texts.of(a.getStatus()), a.getForm().getRequestedAmount(), a.getMeanScore(), a.getFundedAmount(),
                a.getSubmittedAt())).toList();
        return Export.of(texts.text("export.ranking.file", programme.getTitle()), new Xlsx(times.zone())
                .sheet(texts.text("export.ranking.sheet"), RANKING_HEADERS, ranking)
                .sheet(texts.text("export.received.sheet"), APPLICATION_HEADERS, applications)
                .bytes());
    }

    /** 学会活动台账: every society's submitted activities under the list's filters (type, brand, year). */
    public Export activities(ActivityForm.ActivityType type, ActivityForm.ActivityBrand brand, Integer year,
                             CurrentUser user) {
        ReportingAccess.require(user);
        Map<Long, Society> register = dashboards.register().stream()
                .collect(Collectors.toMap(Society::getId, Function.identity()));
        List<List<Object>> rows = activities.all(user, type, brand, year).stream()
                .map(a -> activityRow(a, register.get(a.getSocietyId()))).toList();
        String name = texts.text("export.activity.sheet");
        return Export.of(name, new Xlsx(times.zone()).sheet(name, ACTIVITY_HEADERS, rows).bytes());
    }

    private List<Object> activityRow(Activity a, Society society) {
        ActivityForm f = a.getForm();
        return Arrays.asList(a.getApplicationNo(), society == null ? null : society.getCode(),
                society == null ? null : society.getName(), texts.of(f.getActivityType()), texts.of(f.getBrand()),
                f.getTitle(), f.getStartsOn(), f.getEndsOn(), f.getVenue(), Boolean.TRUE.equals(f.getOnline()),
                f.getOrganisers(), f.getCoOrganisers(), f.getParticipants(), f.getAudience(), texts.of(a.getStatus()),
                a.getVerifiedAt());
    }
}
