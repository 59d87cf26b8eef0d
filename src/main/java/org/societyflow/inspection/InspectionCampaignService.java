package org.societyflow.inspection;

import static org.societyflow.shared.ProcessVariables.Inspection.CAMPAIGN_ID;
import static org.societyflow.shared.ProcessVariables.Inspection.OPENED_BY;
import static org.societyflow.shared.ProcessVariables.Inspection.REPORT_DEADLINE;
import static org.societyflow.shared.ProcessVariables.Inspection.YEAR;
import static org.societyflow.shared.ProcessVariables.TITLE;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.societyflow.identity.CurrentUser;
import org.societyflow.shared.ChineseTexts;
import org.societyflow.shared.EngineClock;
import org.societyflow.shared.InvalidInputException;
import org.societyflow.shared.NotFoundException;
import org.societyflow.society.InspectionGrade;
import org.societyflow.society.SocietyService;
import org.societyflow.workflow.ApplicationNumbers;
import org.societyflow.workflow.ProcessStarter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The yearly 年检 campaign: the steps of {@code annual-inspection-campaign.bpmn} (as
 * {@code inspectionCampaignService}) and the 学会部 pages that start and follow it. The campaign is no application
 * of its own: its key is its year ({@code NJ-2025}, {@link ApplicationNumbers#yearly}); each society's 年检 it calls
 * is numbered from the same prefix ({@code NJ-2025-0001}).
 */
@Service("inspectionCampaignService")
@Transactional
public class InspectionCampaignService {

    static final String PROCESS_KEY = "annual-inspection-campaign";
    /** 年检 of social organisations began with the 1989 registration regulations (社会团体登记管理条例). */
    private static final int FIRST_YEAR = 1990;

    private final InspectionCampaignRepository campaigns;
    private final AnnualInspectionRepository inspections;
    private final SocietyService societies;
    private final ProcessStarter starter;
    private final ChineseTexts texts;
    private final ApplicationEventPublisher events;
    private final MonthDay reportDue;
    private final MonthDay registeredBefore;
    private final Period minimumReportPeriod;

    InspectionCampaignService(InspectionCampaignRepository campaigns, AnnualInspectionRepository inspections,
                              SocietyService societies, ProcessStarter starter, ChineseTexts texts,
                              ApplicationEventPublisher events,
                              @Value("${societyflow.inspection.report-due}") String reportDue,
                              @Value("${societyflow.inspection.registered-before}") String registeredBefore,
                              @Value("${societyflow.inspection.minimum-report-period}") Period minimumReportPeriod) {
        this.campaigns = campaigns;
        this.inspections = inspections;
        this.societies = societies;
        this.starter = starter;
        this.texts = texts;
        this.events = events;
        this.reportDue = MonthDay.parse("--" + reportDue);
        this.registeredBefore = MonthDay.parse("--" + registeredBefore);
        this.minimumReportPeriod = minimumReportPeriod;
    }

    /** 学会部 opens the campaign from the portal; the same checks run again in the process's first step. */
    public InspectionCampaign start(Integer year, LocalDate reportDeadline, CurrentUser user) {
        Map<String, String> errors = new HashMap<>();
        String yearError = yearError(year);
        if (yearError != null) {
            errors.put("year", yearError);
        }
        if (reportDeadline != null && !reportDeadline.isAfter(EngineClock.today())) {
            errors.put("reportDeadline", "inspection.campaign.deadlineInPast");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Map<String, Object> variables = new HashMap<>();
        variables.put(YEAR.name(), year);
        // as a start form sends it: the first step makes it the date the timers read
        variables.put(REPORT_DEADLINE.name(), reportDeadline == null ? null : reportDeadline.toString());
        variables.put(OPENED_BY.name(), user.userId());
        starter.startYearly(PROCESS_KEY, keyPrefix(), year, variables);
        return campaigns.findByYear(year).orElseThrow(() -> new NotFoundException("campaign", year));
    }

    // ---- steps of annual-inspection-campaign.bpmn ----

    public void open(DelegateExecution execution) {
        Object yearValue = execution.getVariable(YEAR.name());
        Integer year = yearValue instanceof Number ? YEAR.read(yearValue) : null;
        String yearError = yearError(year);
        if (yearError != null) {
            throw new FormFieldValidationException("year", "年检年度不正确：须为" + FIRST_YEAR + "年至去年之间、尚未开展年检的年度 ("
                    + yearError + ")");
        }
        LocalDate deadline = deadline(year, execution.getVariable(REPORT_DEADLINE.name()));
        if (!deadline.isAfter(EngineClock.today())) {
            throw new FormFieldValidationException("reportDeadline", "报送截止日期须晚于今天 (the deadline must be after today)");
        }
        // started from the portal the user is a variable; from Tasklist it is the engine's authenticated user
        String openedBy = OPENED_BY.of(execution);
        if (openedBy == null && execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication() != null) {
            openedBy = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication().getUserId();
        }
        InspectionCampaign campaign = campaigns.save(new InspectionCampaign(year, deadline,
                execution.getProcessInstanceId(), openedBy));
        execution.setProcessBusinessKey(ApplicationNumbers.yearly(keyPrefix(), year));
        YEAR.set(execution, year);
        CAMPAIGN_ID.set(execution, campaign.getId());
        REPORT_DEADLINE.set(execution,
                Date.from(deadline.atTime(LocalTime.of(23, 59, 59)).atZone(EngineClock.INSTANCE.getZone()).toInstant()));
        TITLE.set(execution, texts.text("inspection.campaign.processTitle", String.valueOf(year)));
    }

    /** Societies active or rectifying and registered before 30 June of the inspected year (docs/RULES.md, 年检). */
    @Transactional(readOnly = true)
    public List<Long> eligibleSocietyIds(Long campaignId) {
        InspectionCampaign campaign = campaigns.findById(campaignId)
                .orElseThrow(() -> new NotFoundException("campaign", campaignId));
        return societies.inspectableSocietyIds(registeredBefore.atYear(campaign.getYear()));
    }

    /** Closes the campaign; the 软弱涣散 scan follows once this commits ({@link InspectionCampaignClosed}). */
    public void close(DelegateExecution execution) {
        Long campaignId = CAMPAIGN_ID.of(execution);
        InspectionCampaign campaign = campaigns.findById(campaignId)
                .orElseThrow(() -> new NotFoundException("campaign", campaignId));
        campaign.close();
        events.publishEvent(new InspectionCampaignClosed(campaignId, campaign.getYear()));
    }

    // ---- views ----

    @Transactional(readOnly = true)
    public List<InspectionCampaign> all() {
        return campaigns.findAllByOrderByYearDesc();
    }

    @Transactional(readOnly = true)
    public InspectionCampaign get(Long id) {
        return campaigns.findById(id).orElseThrow(() -> new NotFoundException("campaign", id));
    }

    @Transactional(readOnly = true)
    public List<AnnualInspection> inspectionsOf(Long campaignId) {
        return inspections.findByCampaignIdOrderByApplicationNo(campaignId);
    }

    /** Progress per status and the result per grade, for the campaign page. */
    @Transactional(readOnly = true)
    public CampaignStatistics statistics(Long campaignId) {
        List<AnnualInspection> all = inspectionsOf(campaignId);
        Map<InspectionStatus, Long> byStatus = new EnumMap<>(InspectionStatus.class);
        Map<InspectionGrade, Long> byGrade = new EnumMap<>(InspectionGrade.class);
        for (AnnualInspection inspection : all) {
            byStatus.merge(inspection.getStatus(), 1L, Long::sum);
            if (inspection.getGrade() != null) {
                byGrade.merge(inspection.getGrade(), 1L, Long::sum);
            }
        }
        long overdue = all.stream().filter(i -> i.getStatus().reportEditable()
                && i.getReportDeadline().isBefore(EngineClock.today())).count();
        return new CampaignStatistics(all.size(), byStatus, byGrade, overdue);
    }

    private String yearError(Integer year) {
        if (year == null) {
            return "inspection.campaign.yearRequired";
        }
        if (year < FIRST_YEAR || year >= EngineClock.today().getYear()) {
            return "inspection.campaign.yearOutOfRange";
        }
        if (campaigns.findByYear(year).isPresent()) {
            return "inspection.campaign.yearTaken";
        }
        return null;
    }

    /**
     * What the campaign form says of an empty deadline: the configured due day (of the year after the inspected one),
     * the minimum report period in days from today, and the deadline a campaign of {@code year} opened today gets.
     */
    public record DefaultDeadline(int dueMonth, int dueDay, long minimumDays, int year, LocalDate deadline) {
    }

    @Transactional(readOnly = true)
    public DefaultDeadline defaultDeadline(int year) {
        LocalDate today = EngineClock.today();
        return new DefaultDeadline(reportDue.getMonthValue(), reportDue.getDayOfMonth(),
                ChronoUnit.DAYS.between(today, today.plus(minimumReportPeriod)), year, deadline(year, null));
    }

    /** The configured due day of the following year, but never less than the minimum period from today. */
    private LocalDate deadline(int year, Object requested) {
        if (requested instanceof String text && !text.isBlank()) {
            return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
        }
        if (requested instanceof Date date) {
            return EngineClock.day(date);
        }
        LocalDate regular = reportDue.atYear(year + 1);
        LocalDate earliest = EngineClock.today().plus(minimumReportPeriod);
        return regular.isBefore(earliest) ? earliest : regular;
    }

    /** The campaign's key and its societies' numbers share the 年检 prefix. */
    private static String keyPrefix() {
        return AnnualInspectionService.TYPE.keyPrefix();
    }
}
