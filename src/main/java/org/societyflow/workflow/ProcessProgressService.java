package org.societyflow.workflow;

import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.societyflow.identity.PersonNames;
import org.societyflow.shared.ProcessVariables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads where any application stands from the engine's history; knows no particular process.
 *
 * <p>A read takes a dozen queries while reviewers may be moving the application on (the database runs at read
 * committed, as Camunda requires): repeatable read makes them one snapshot, else a step completed in between vanishes
 * under the read (its task gone before its candidates are read, the instance ended before its activity tree is).
 */
@Service
@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
public class ProcessProgressService {

    /** Activity types a person recognises as a step; gateways and internal events are left out. */
    private static final Set<String> VISIBLE = Set.of("userTask", "serviceTask", "businessRuleTask", "callActivity",
            "noneEndEvent", "boundaryTimer", "startEvent");

    private final HistoryService historyService;
    private final TaskService taskService;
    private final ReviewOpinionRepository opinions;
    private final PersonNames names;
    private final RepositoryService repositoryService;
    private final RuntimeService runtimeService;
    private final ServiceClock serviceClock;
    private final CorrectionNotices corrections;
    private final SocietySteps societySteps;
    private final WithdrawalRule withdrawalRule;

    ProcessProgressService(HistoryService historyService, TaskService taskService, ReviewOpinionRepository opinions,
                           PersonNames names, RepositoryService repositoryService,
                           RuntimeService runtimeService, ServiceClock serviceClock, CorrectionNotices corrections,
                           SocietySteps societySteps, WithdrawalRule withdrawalRule) {
        this.serviceClock = serviceClock;
        this.corrections = corrections;
        this.societySteps = societySteps;
        this.withdrawalRule = withdrawalRule;
        this.historyService = historyService;
        this.runtimeService = runtimeService;
        this.repositoryService = repositoryService;
        this.taskService = taskService;
        this.opinions = opinions;
        this.names = names;
    }

    public ApplicationProgress progress(String businessKey) {
        HistoricProcessInstance instance = applicationInstance(businessKey);
        if (instance == null) {
            return new ApplicationProgress(businessKey, false, List.of(), List.of(), opinionsOf(businessKey), null, List.of(),
                    null);
        }
        List<HistoricActivityInstance> activities = historyService.createHistoricActivityInstanceQuery()
                .processInstanceId(instance.getId()).orderByHistoricActivityInstanceStartTime().asc()
                .orderPartiallyByOccurrence().asc().list();
        List<ApplicationProgress.Step> done = activities.stream()
                .filter(a -> a.getEndTime() != null && VISIBLE.contains(a.getActivityType()) && a.getActivityName() != null)
                .map(a -> new ApplicationProgress.Step(a.getActivityId(), a.getActivityName(), a.getActivityType(),
                        a.getStartTime().toInstant(), a.getEndTime().toInstant(), names.of(a.getAssignee()), null))
                .toList();
        List<ApplicationProgress.Step> current = new java.util.ArrayList<>(taskService.createTaskQuery()
                .processInstanceId(instance.getId()).initializeFormKeys().list().stream().map(this::step).toList());
        // a step done in a called process (an expert review) shows as that step, not as whoever holds its tasks
        activities.stream().filter(a -> a.getEndTime() == null && "callActivity".equals(a.getActivityType()))
                .map(a -> new ApplicationProgress.Step(a.getActivityId(), a.getActivityName(), a.getActivityType(),
                        a.getStartTime().toInstant(), null, null, null))
                .forEach(current::add);
        return new ApplicationProgress(businessKey, instance.getEndTime() != null, done, current,
                opinionsOf(businessKey), diagram(instance, activities),
                instance.getEndTime() == null ? sendBackSteps(instance, activities, current) : List.of(),
                applicantSide(instance));
    }

    /** Service time, and while the application runs its open 补正, what could be corrected, whether it may be withdrawn. */
    private ApplicantSide applicantSide(HistoricProcessInstance instance) {
        boolean running = instance.getEndTime() == null;
        return new ApplicantSide(serviceClock.of(instance), running ? corrections.open(instance) : null,
                running ? societySteps.correctionTarget(instance.getId(), instance.getProcessDefinitionId()).orElse(null) : null,
                running && withdrawalRule.refusal(instance.getBusinessKey(), instance.getId(),
                        instance.getProcessDefinitionId()) == null);
    }

    /**
     * The reviewer steps of the process itself (not inside a sub-process) the application has passed, for 退回 — only
     * while it waits at exactly one reviewer step: out of parallel branches nothing can be sent back.
     */
    private List<ApplicationProgress.Target> sendBackSteps(HistoricProcessInstance instance,
                                                           List<HistoricActivityInstance> activities,
                                                           List<ApplicationProgress.Step> current) {
        if (current.size() != 1 || !"userTask".equals(current.get(0).type())
                || runtimeService.getActivityInstance(instance.getId()).getChildActivityInstances().length != 1) {
            return List.of();
        }
        var model = repositoryService.getBpmnModelInstance(instance.getProcessDefinitionId());
        Map<String, ApplicationProgress.Target> passed = new java.util.LinkedHashMap<>();
        for (HistoricActivityInstance a : activities) {
            if (a.getEndTime() != null && "userTask".equals(a.getActivityType())
                    && !a.getActivityId().equals(current.get(0).activityId())
                    && model.getModelElementById(a.getActivityId()) instanceof UserTask task
                    && task.getParentElement() instanceof org.camunda.bpm.model.bpmn.instance.Process) {
                passed.putIfAbsent(a.getActivityId(), new ApplicationProgress.Target(a.getActivityId(), a.getActivityName()));
            }
        }
        return List.copyOf(passed.values());
    }

    /**
     * The marks of the application's diagram. The engine keeps no history of sequence flows: a flow counts as taken
     * when both its ends were reached, the target no earlier than the source.
     */
    private ApplicationProgress.Diagram diagram(HistoricProcessInstance instance, List<HistoricActivityInstance> activities) {
        Map<String, java.time.Instant> firstStart = new HashMap<>();
        Map<String, java.time.Instant> lastEnd = new HashMap<>();
        Set<String> current = new java.util.LinkedHashSet<>();
        for (HistoricActivityInstance a : activities) {
            firstStart.merge(a.getActivityId(), a.getStartTime().toInstant(), (x, y) -> x.isBefore(y) ? x : y);
            if (a.getEndTime() == null) {
                current.add(a.getActivityId());
            } else {
                lastEnd.merge(a.getActivityId(), a.getEndTime().toInstant(), (x, y) -> x.isAfter(y) ? x : y);
            }
        }
        List<String> completed = lastEnd.keySet().stream().filter(id -> !current.contains(id)).sorted().toList();
        List<String> taken = new java.util.ArrayList<>();
        for (SequenceFlow flow : repositoryService.getBpmnModelInstance(instance.getProcessDefinitionId())
                .getModelElementsByType(SequenceFlow.class)) {
            java.time.Instant left = lastEnd.get(flow.getSource().getId());
            java.time.Instant reached = firstStart.get(flow.getTarget().getId());
            if (left != null && reached != null && !reached.isBefore(firstStart.get(flow.getSource().getId()))) {
                taken.add(flow.getId());
            }
        }
        return new ApplicationProgress.Diagram(instance.getProcessDefinitionId(), completed, List.copyOf(current), taken);
    }

    /**
     * The application's own process instance: the latest with the business key that was not called by another of the
     * same key. A process it calls (the expert review of a grant) carries the key too, but is not the application.
     */
    HistoricProcessInstance applicationInstance(String businessKey) {
        List<HistoricProcessInstance> instances = historyService.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(businessKey).orderByProcessInstanceStartTime().desc().list();
        Set<String> ids = instances.stream().map(HistoricProcessInstance::getId).collect(Collectors.toSet());
        return instances.stream().filter(i -> !ids.contains(i.getSuperProcessInstanceId())).findFirst().orElse(null);
    }

    /**
     * What an application is about, for its 审批单: number, process, title, the society's code and name or the applicant,
     * started and ended; null when there is no such application.
     */
    public Map<String, Object> subject(String businessKey) {
        HistoricProcessInstance instance = applicationInstance(businessKey);
        if (instance == null) {
            return null;
        }
        Map<String, Object> subject = new HashMap<>();
        historyService.createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
                .variableNameIn(ProcessVariables.TITLE.name(), ProcessVariables.SOCIETY_CODE.name(),
                        ProcessVariables.SOCIETY_NAME.name(), ProcessVariables.APPLICANT.name()).list()
                .forEach(v -> subject.put(v.getName(), v.getValue()));
        subject.put("businessKey", businessKey);
        subject.put("process", instance.getProcessDefinitionName());
        subject.put("processKey", instance.getProcessDefinitionKey());
        subject.put("started", instance.getStartTime().toInstant());
        subject.put("ended", instance.getEndTime() == null ? null : instance.getEndTime().toInstant());
        return subject;
    }

    public List<ReviewOpinion> opinionsOf(String businessKey) {
        return opinions.findByBusinessKeyOrderByCreatedAtAscIdAsc(businessKey);
    }

    private ApplicationProgress.Step step(Task task) {
        String holder = task.getAssignee() != null ? names.of(task.getAssignee())
                : taskService.getIdentityLinksForTask(task.getId()).stream()
                        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                        .map(link -> names.group(link.getGroupId())).collect(Collectors.joining("、"));
        return new ApplicationProgress.Step(task.getTaskDefinitionKey(), task.getName(), "userTask",
                task.getCreateTime().toInstant(), null, holder, toInstant(task.getDueDate()));
    }

    private static java.time.Instant toInstant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
