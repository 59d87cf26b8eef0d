package org.societyflow.reporting;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
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
import org.societyflow.shared.NotFoundException;
import org.societyflow.society.InspectionGrade;
import org.societyflow.society.Officer;
import org.societyflow.society.OfficerRole;
import org.societyflow.society.Society;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The register, a 年检 campaign's results and a programme's ranking as Excel workbooks with Chinese headers. */
@Service
@Transactional(readOnly = true)
public class ExportService {

    static final List<String> REGISTER_HEADERS = List.of("学会代码", "学会名称", "英文名称", "统一社会信用代码", "学科",
            "状态", "管理方式", "软弱涣散", "列入活动异常名录", "登记日期", "届次", "任期开始", "任期结束", "理事长", "秘书长",
            "法定代表人", "负责人", "个人会员数", "单位会员数", "党组织", "注册资金（万元）", "业务主管单位", "住所", "联系电话",
            "业务范围");
    static final List<String> CAMPAIGN_HEADERS = List.of("年检编号", "学会代码", "学会名称", "办理状态", "报送截止日期",
            "提交时间", "提交人", "初评等级", "评定等级", "评级时间", "整改结果");
    static final List<String> RANKING_HEADERS = List.of("排名", "项目编号", "项目名称", "申报学会", "类别", "评审均分",
            "申请金额（元）", "列入资助名单", "资助金额（元）", "状态");
    static final List<String> APPLICATION_HEADERS = List.of("项目编号", "项目名称", "申报学会", "类别", "状态",
            "申请金额（元）", "评审均分", "资助金额（元）", "提交时间");

    private final DashboardService dashboards;
    private final InspectionCampaignService campaigns;
    private final ProgrammeService programmes;
    private final GrantApplicationService grants;
    private final Labels labels;

    ExportService(DashboardService dashboards, InspectionCampaignService campaigns, ProgrammeService programmes,
                  GrantApplicationService grants, Labels labels) {
        this.dashboards = dashboards;
        this.campaigns = campaigns;
        this.programmes = programmes;
        this.grants = grants;
        this.labels = labels;
    }

    /** 学会名录: every society in the register by code, with its term, officers and members. */
    public Export register(CurrentUser user) {
        ReportingAccess.require(user);
        List<List<Object>> rows = dashboards.register().stream().map(this::registerRow).toList();
        return Export.of("学会名录", new Xlsx().sheet("学会名录", REGISTER_HEADERS, rows).bytes());
    }

    private List<Object> registerRow(Society s) {
        return Arrays.asList(s.getCode(), s.getName(), s.getEnglishName(), s.getCreditCode(), labels.of(s.getDiscipline()),
                labels.of(s.getStatus()), labels.of(s.getSupervisionMode()), s.isWeak(), s.isAbnormalActivity(),
                s.getRegisteredOn(), s.getTermNumber(), s.getTermStart(), s.getTermEnd(),
                officers(s, o -> o.getRole() == OfficerRole.PRESIDENT), officers(s, o -> o.getRole() == OfficerRole.SECRETARY_GENERAL),
                officers(s, Officer::isLegalRepresentative), s.officersSummary(), s.getMembersIndividual(), s.getMembersUnit(),
                labels.of(s.getPartyOrganisation()), s.getRegisteredFunds(), s.getSupervisingUnit(), s.getAddress(),
                s.getContactPhone(), s.getBusinessScope());
    }

    private static String officers(Society society, java.util.function.Predicate<Officer> which) {
        return society.getOfficers().stream().filter(which).map(Officer::getName).collect(Collectors.joining("、"));
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
        return Export.of(year + "年度年检结果", new Xlsx()
                .sheet(year + "年度年检结果", CAMPAIGN_HEADERS, rows)
                .sheet("统计", List.of("项目", "数量"), tallies(campaigns.statistics(campaign.getId())))
                .bytes());
    }

    private List<Object> campaignRow(AnnualInspection i, Society society) {
        return Arrays.asList(i.getApplicationNo(), society == null ? null : society.getCode(),
                society == null ? null : society.getName(), labels.of(i.getStatus()), i.getReportDeadline(),
                i.getSubmittedAt(), i.getSubmittedBy(), labels.of(i.getProposedGrade()), labels.of(i.getGrade()),
                i.getGradedAt(), i.getRectified() == null ? null : i.getRectified() ? "整改通过" : "整改未通过");
    }

    private List<List<Object>> tallies(CampaignStatistics statistics) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of("参检学会", statistics.total()));
        for (InspectionStatus status : InspectionStatus.values()) {
            rows.add(List.of(labels.of(status), statistics.count(status)));
        }
        for (InspectionGrade grade : InspectionGrade.values()) {
            rows.add(List.of(labels.of(grade), statistics.count(grade)));
        }
        rows.add(List.of("已过截止日期仍未提交", statistics.overdue()));
        return rows;
    }

    /** A programme's ranking with the funded list, and every application it received. */
    public Export programme(Long id, CurrentUser user) {
        ReportingAccess.require(user);
        Programme programme = programmes.get(id, user);
        List<List<Object>> ranking = programmes.ranking(programme).stream().map(r -> {
            GrantApplication a = r.application();
            return Arrays.<Object>asList(r.rank(), a.getApplicationNo(), a.getForm().getTitle(), r.societyName(),
                    labels.of(a.getForm().getCategory()), a.getMeanScore(), a.getForm().getRequestedAmount(), r.onList(),
                    a.getFundedAmount(), labels.of(a.getStatus()));
        }).toList();
        List<GrantApplication> received = grants.ofProgramme(id).stream().filter(a -> a.getStatus() != GrantStatus.DRAFT)
                .toList();
        Map<Long, String> names = dashboards.register().stream().collect(Collectors.toMap(Society::getId, Society::getName));
        List<List<Object>> applications = received.stream().map(a -> Arrays.<Object>asList(a.getApplicationNo(),
                a.getForm().getTitle(), names.get(a.getSocietyId()), labels.of(a.getForm().getCategory()),
                labels.of(a.getStatus()), a.getForm().getRequestedAmount(), a.getMeanScore(), a.getFundedAmount(),
                a.getSubmittedAt())).toList();
        return Export.of(programme.getTitle() + "-排序与资助", new Xlsx()
                .sheet("排序与资助", RANKING_HEADERS, ranking)
                .sheet("申报项目", APPLICATION_HEADERS, applications)
                .bytes());
    }
}
