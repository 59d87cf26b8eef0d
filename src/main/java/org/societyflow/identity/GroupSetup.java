package org.societyflow.identity;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.TaskQuery;
import org.societyflow.shared.ChineseTexts;
import org.societyflow.shared.ProcessVariables;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The groups every installation has, what each may do in the engine and webapps (authorization is on),
 * and the shared Tasklist filters per role. Idempotent: runs at every start, adds only what is missing, and brings
 * the filters' properties (the variables their task cards show) up to date in databases set up before.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class GroupSetup {

    /** The platform's groups by their kind; their names are the bundles' {@code group.<id>}, the kinds' {@code group.type.<kind>}. */
    private static final Map<String, String> GROUP_TYPES = Map.of(
            Groups.SOCIETY, "workflow",
            Groups.SOCIETY_AFFAIRS, "workflow",
            Groups.PARTY_COMMITTEE, "workflow",
            Groups.EXPERTS, "workflow",
            Groups.LEADERSHIP, "workflow",
            Groups.APPLICANTS, "workflow",
            Groups.ADMIN, "system");

    private static final List<String> REVIEWERS = List.of(Groups.SOCIETY_AFFAIRS, Groups.PARTY_COMMITTEE,
            Groups.EXPERTS, Groups.LEADERSHIP);

    private final IdentityService identityService;
    private final AuthorizationService authorizationService;
    private final FilterService filterService;
    private final TaskService taskService;
    private final ChineseTexts texts;

    /** The process variables every task card shows, with their labels (the society, the application number). */
    static final List<String> CARD_VARIABLES = List.of(ProcessVariables.SOCIETY_NAME.name(),
            ProcessVariables.APPLICATION_NO.name());

    @Transactional
    public void run() {
        // Camunda creates its admin group as "camunda BPM Administrators": Admin shows it as ours, in Chinese
        GROUP_TYPES.forEach((id, type) -> ensureGroup(id, texts.text("group." + id), texts.text("group.type." + type)));
        for (String reviewer : REVIEWERS) {
            grant(reviewer, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
            // Tasklist shows the process of a task and its diagram, and lists the processes one may start
            grant(reviewer, Resources.PROCESS_DEFINITION, "*", Permissions.READ);
            grant(reviewer, Resources.DECISION_DEFINITION, "*", Permissions.READ);
            grant(reviewer, Resources.DEPLOYMENT, "*", Permissions.READ);
            grant(reviewer, Resources.GROUP, "*", Permissions.READ);
        }
        // the history of every application, with its variables (every society's forms), and every account (names,
        // e-mail addresses) are the 科协 staff's; experts see what their tasks give them and their own account (and
        // databases set up before lose what they were granted then)
        for (String staff : List.of(Groups.SOCIETY_AFFAIRS, Groups.PARTY_COMMITTEE, Groups.LEADERSHIP)) {
            grant(staff, Resources.PROCESS_DEFINITION, "*", Permissions.READ_HISTORY);
            grant(staff, Resources.USER, "*", Permissions.READ);
            // the cards of their filters show each task's society and number: process variables, read with the
            // instance (experts' cards show the task alone)
            grant(staff, Resources.PROCESS_INSTANCE, "*", Permissions.READ);
        }
        revoke(Groups.EXPERTS, Resources.PROCESS_DEFINITION, "*", Permissions.READ_HISTORY);
        revoke(Groups.EXPERTS, Resources.USER, "*", Permissions.READ);
        // 学会部 opens the yearly campaign, from the portal or from Tasklist's "start process"
        grant(Groups.SOCIETY_AFFAIRS, Resources.PROCESS_DEFINITION, "annual-inspection-campaign",
                Permissions.CREATE_INSTANCE);
        grant(Groups.SOCIETY_AFFAIRS, Resources.PROCESS_INSTANCE, "*", Permissions.CREATE);
        grant(Groups.SOCIETY_AFFAIRS, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
        grant(Groups.SOCIETY_AFFAIRS, Resources.TASK, "*", Permissions.READ);

        filter("学会部待办", "学会部待审核的任务", -10, taskService.createTaskQuery().taskCandidateGroup(Groups.SOCIETY_AFFAIRS),
                Groups.SOCIETY_AFFAIRS);
        filter("党委待办", "科技社团党委待审核的任务", -9, taskService.createTaskQuery().taskCandidateGroup(Groups.PARTY_COMMITTEE),
                Groups.PARTY_COMMITTEE);
        filter("专家评审", "待评审的项目与申请", -8, taskService.createTaskQuery().taskCandidateGroup(Groups.EXPERTS),
                Groups.EXPERTS);
        filter("领导审批", "待领导审批的事项", -7, taskService.createTaskQuery().taskCandidateGroup(Groups.LEADERSHIP),
                Groups.LEADERSHIP);
        filter("我的任务", "已领取给我的任务", -6, taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}"),
                REVIEWERS.toArray(String[]::new));
        filter("即将到期", "三天内到期或已超期的我的组任务", -5,
                taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")
                        .includeAssignedTasks().dueBeforeExpression("${dateTime().plusDays(3).toDate()}"),
                REVIEWERS.toArray(String[]::new));
    }

    /** A society's own group, `society-<code>`, so its tasks reach its secretariat. */
    public void ensureSocietyGroup(String societyCode, String societyName) {
        ensureGroup(Groups.ofSociety(societyCode), societyName, texts.text("group.type.society"));
    }

    /** The group as named; an earlier database's name or kind is brought up to date, and nothing is written when it is. */
    private void ensureGroup(String id, String name, String type) {
        Group group = identityService.createGroupQuery().groupId(id).singleResult();
        if (group == null) {
            group = identityService.newGroup(id);
        } else if (name.equals(group.getName()) && type.equals(group.getType())) {
            return;
        }
        group.setName(name);
        group.setType(type);
        identityService.saveGroup(group);
    }

    private void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
        Authorization existing = authorizationService.createAuthorizationQuery().groupIdIn(groupId)
                .resourceType(resource).resourceId(resourceId).singleResult();
        // write nothing when all is in place: nodes of a cluster that start at once would update the same rows
        if (existing != null && Arrays.stream(permissions).allMatch(existing::isPermissionGranted)) {
            return;
        }
        Authorization authorization = existing != null ? existing
                : authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
        authorization.setGroupId(groupId);
        authorization.setResource(resource);
        authorization.setResourceId(resourceId);
        for (Permission permission : permissions) {
            authorization.addPermission(permission);
        }
        authorizationService.saveAuthorization(authorization);
    }

    /** A filter's properties in Tasklist: its description, its place in the list, and what its cards show. */
    private Map<String, Object> properties(String description, int priority) {
        List<Map<String, Object>> variables = CARD_VARIABLES.stream()
                .<Map<String, Object>>map(variable -> Map.of("name", variable, "label", texts.text("filter.card." + variable)))
                .toList();
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("description", description);
        properties.put("priority", priority);
        properties.put("refresh", true);
        properties.put("variables", variables);
        properties.put("showUndefinedVariable", false);
        return properties;
    }

    private void revoke(String groupId, Resource resource, String resourceId, Permission permission) {
        Authorization existing = authorizationService.createAuthorizationQuery().groupIdIn(groupId)
                .resourceType(resource).resourceId(resourceId).singleResult();
        if (existing != null && existing.isPermissionGranted(permission)) {
            existing.removePermission(permission);
            authorizationService.saveAuthorization(existing);
        }
    }

    private void filter(String name, String description, int priority, TaskQuery query, String... groups) {
        Filter filter = filterService.createFilterQuery().filterName(name).singleResult();
        Map<String, Object> properties = properties(description, priority);
        if (filter == null) {
            filter = filterService.newTaskFilter(name).setOwner(null).setQuery(query).setProperties(properties);
            filterService.saveFilter(filter);
        } else {
            Map<String, Object> current = filter.getProperties() == null ? Map.of() : filter.getProperties();
            // write only what differs: nodes of a cluster that start at once would update the same row
            if (!properties.entrySet().stream().allMatch(p -> p.getValue().equals(current.get(p.getKey())))) {
                Map<String, Object> updated = new LinkedHashMap<>(current);
                updated.putAll(properties);
                filterService.saveFilter(filter.setProperties(updated));
            }
        }
        for (String group : groups) {
            grant(group, Resources.FILTER, filter.getId(), Permissions.READ);
        }
    }
}
