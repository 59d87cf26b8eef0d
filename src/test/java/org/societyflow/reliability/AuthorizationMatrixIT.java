package org.societyflow.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.societyflow.support.IntegrationTest;
import org.societyflow.support.TestSocieties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.actuate.endpoint.web.PathMappedEndpoints;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every endpoint the application maps, each method, called by every role with the identifiers of one society's records
 * ({@link MatrixRecords}); the expected answer of each cell comes from {@link AccessRules}, never from the application.
 * An allowed caller must not meet an authorization refusal (401, 403, 404, the login) nor a server error; a refused one
 * must meet one, see none of the owner's data, and — for a write — leave the {@link Footprint} as it was. Then the engine
 * REST API and the Camunda webapps, which answer from the engine's own authorizations. The matrices are printed; a
 * failure lists every wrong cell.
 */
@IntegrationTest
class AuthorizationMatrixIT {

    /** Mapped, but not called: the container's error page answers the status of the error it renders (500 on its own). */
    static final Set<String> NOT_CALLED = Set.of("GET /error", "POST /error", "PUT /error", "DELETE /error", "PATCH /error");

    /**
     * What a call sends besides its path — a JSON body ({...}) or a query — so that it gets past the checks of its input
     * to the check of who calls, and so that an allowed call changes nothing another test relies on.
     */
    static final Map<String, String> ARGUMENTS = Map.ofEntries(
            Map.entry("POST /api/v1/reelections", "{\"societyId\": {societies}}"),
            Map.entry("POST /reelections", "societyId={societies}"),
            Map.entry("POST /api/v1/approvals/{businessKey}/send-back", "{\"activityId\": \"none\", \"reason\": \"矩阵\"}"),
            Map.entry("POST /api/v1/approvals/tasks/{taskId}/transfer", "{\"reason\": \"矩阵\"}"),
            Map.entry("POST /api/v1/approvals/tasks/{taskId}/delegate", "{\"reason\": \"矩阵\"}"),
            Map.entry("POST /api/v1/approvals/tasks/{taskId}/resolve", "{\"reason\": \"矩阵\"}"),
            Map.entry("POST /approvals/{businessKey}/send-back", "activityId=none&reason=matrix"),
            Map.entry("POST /approvals/{businessKey}/steps/{activityId}/transfer", "reason=matrix"),
            Map.entry("POST /approvals/tasks/{taskId}/transfer", "reason=matrix"),
            Map.entry("POST /approvals/tasks/{taskId}/delegate", "reason=matrix"),
            Map.entry("POST /approvals/tasks/{taskId}/resolve", "reason=matrix"),
            Map.entry("POST /societies/{id}/abnormal-activity", "listed=false"),
            Map.entry("POST /api/v1/grants", "programmeId={programmes}"),
            Map.entry("POST /grants", "programmeId={programmes}"),
            // no station was established by 1999, and no campaign can inspect 2999
            Map.entry("POST /api/v1/stations/assessments", "year=1999"),
            Map.entry("POST /stations/assessments", "year=1999"),
            Map.entry("POST /campaigns", "year=2999"),
            Map.entry("GET /api/v1/models/{type}/source", "id={definitionId}"),
            Map.entry("GET /api/v1/models/instances", "definitionId={definitionId}"),
            Map.entry("GET /api/v1/models/migrations/plan", "sourceId={definitionId}&targetId=none"),
            Map.entry("GET /admin/models/view", "type=bpmn&id={definitionId}"),
            Map.entry("GET /admin/models/edit", "type=bpmn&id={definitionId}"),
            Map.entry("GET /admin/models/compare", "left={definitionId}&right={definitionId}"),
            Map.entry("GET /admin/models/migrate", "sourceId={definitionId}&targetId={definitionId}"),
            Map.entry("POST /admin/models/migrate", "sourceId={definitionId}&targetId=none"),
            Map.entry("POST /admin/models/instances/{instanceId}/move", "definitionId={definitionId}&activityId=none"),
            Map.entry("POST /admin/models/instances/{instanceId}/cancel", "definitionId={definitionId}"),
            Map.entry("POST /api/v1/models/jobs/retry", "definitionId=none"),
            Map.entry("POST /admin/models/jobs/retry", "definitionId=none"));

    @LocalServerPort
    int port;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;
    @Autowired
    PathMappedEndpoints actuatorEndpoints;
    @Autowired
    TestSocieties testSocieties;
    @Autowired
    IdentityService identityService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    ManagementService managementService;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    HistoryService historyService;

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One set of records for both matrices: building it opens a campaign. */
    private static MatrixRecords records;

    MatrixRecords records() {
        if (records == null) {
            records = new MatrixRecords(port, testSocieties, identityService, runtimeService, taskService, jdbc);
        }
        return records;
    }

    Map<MatrixRole, MatrixClient> clients() {
        Map<MatrixRole, MatrixClient> clients = new EnumMap<>(MatrixRole.class);
        for (MatrixRole role : MatrixRole.values()) {
            clients.put(role, new MatrixClient(port, switch (role) {
                case ANONYMOUS -> null;
                case OWNER -> records.ownerAccount;
                case OTHER_SOCIETY -> records.otherAccount;
                case EXPERT -> "expert1";
                case INITIATOR -> records.initiator;
                default -> role.label;
            }));
        }
        return clients;
    }

    /** {@code METHOD /pattern} of every mapped endpoint: reads first, so the writes allowed to some cannot hide them. */
    List<String> endpoints() {
        Set<String> all = new TreeSet<>(Comparator.comparing((String e) -> !e.startsWith("GET ")).thenComparing(e -> e));
        mappings.getHandlerMethods().forEach((info, method) -> {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                for (RequestMethod m : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                    all.add(m.name() + " " + pattern);
                }
            }
        });
        // the actuator's endpoints have a handler mapping of their own: each exposed one, its root and the two probes
        Stream.concat(actuatorEndpoints.getAllPaths().stream(),
                        Stream.of("/actuator", "/actuator/health/liveness", "/actuator/health/readiness"))
                .forEach(path -> all.add("GET " + path));
        all.removeAll(NOT_CALLED);
        return List.copyOf(all);
    }

    @Test
    void everyEndpointAnswersEveryRoleAsTheRulesSay() {
        MatrixRecords records = records();
        Map<MatrixRole, MatrixClient> clients = clients();
        Footprint footprint = new Footprint(jdbc, runtimeService, taskService, repositoryService, managementService, records);
        List<String> unclassified = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        MatrixTable table = new MatrixTable();
        Map<String, String> unchanged = null;
        for (String endpoint : endpoints()) {
            AccessRules.Rule rule = AccessRules.of(endpoint);
            String method = endpoint.substring(0, endpoint.indexOf(' '));
            String path = records.path(endpoint.substring(endpoint.indexOf(' ') + 1));
            if (rule == null || path == null) {
                unclassified.add(endpoint + (rule == null ? " (no rule in AccessRules)" : " (no record for its path)"));
                continue;
            }
            String arguments = ARGUMENTS.containsKey(endpoint) ? records.fill(ARGUMENTS.get(endpoint)) : null;
            String body = arguments != null && arguments.startsWith("{") ? arguments : null;
            if (arguments != null && body == null) {
                path += "?" + arguments;
            }
            boolean write = !"GET".equals(method);
            // the refused first, so that an allowed write (a withdrawal, a deletion) cannot change what they meet
            List<MatrixRole> order = new ArrayList<>(EnumSet.allOf(MatrixRole.class));
            order.sort(Comparator.comparing(rule.allowed()::contains));
            for (MatrixRole role : order) {
                boolean allowed = rule.allowed().contains(role);
                Map<String, String> before = write && !allowed ? (unchanged != null ? unchanged : footprint.take()) : null;
                MatrixClient.Answer answer = clients.get(role).send(method, path, body);
                List<String> problems = new ArrayList<>(judge(endpoint, path, rule, role, answer, records));
                if (before != null) {
                    Map<String, String> after = footprint.take();
                    List<String> changed = Footprint.changed(before, after);
                    if (!changed.isEmpty()) {
                        problems.add("changed " + changed);
                    }
                    unchanged = after;
                } else if (write) {
                    unchanged = null;
                }
                if (!problems.isEmpty()) {
                    wrong.add(role.label + " " + method + " " + path + ": " + String.join("; ", problems));
                }
                table.put(endpoint, role, answer.toString(), allowed, !problems.isEmpty());
            }
        }
        System.out.println(table.print("Authorization matrix of the mapped endpoints"));
        SoftAssertions.assertSoftly(softly -> {
            softly.assertThat(endpoints()).as("the mapped endpoints").hasSizeGreaterThan(150);
            softly.assertThat(unclassified).as("endpoints the matrix cannot call: classify them in AccessRules or give "
                    + "MatrixRecords a record for them").isEmpty();
            softly.assertThat(wrong).as("wrong cells of the matrix").isEmpty();
        });
    }

    /** Roles that may see the owner's records, so that its name in their answers is no leak. */
    static final Set<MatrixRole> SEE_THE_OWNER = EnumSet.of(MatrixRole.OWNER, MatrixRole.AFFAIRS, MatrixRole.PARTY,
            MatrixRole.LEADER, MatrixRole.ADMIN);

    /**
     * Identifiers the matrix has no record for (no migration ran, no confirmation mail was sent): an allowed caller's 404
     * answers the call, the others must be refused before.
     */
    static final Set<String> NO_RECORD = Set.of("GET /api/v1/models/migrations/{batchId}",
            "GET /admin/models/migrations/{batchId}", "POST /admin/models/migrate", "GET /register/confirm",
            "GET /account/invitation", "POST /account/invitation");

    private static List<String> judge(String endpoint, String path, AccessRules.Rule rule, MatrixRole role,
                                      MatrixClient.Answer answer, MatrixRecords records) {
        List<String> problems = new ArrayList<>();
        boolean refusal = answer.status() == 401 || answer.status() == 403 || answer.toLogin()
                || (answer.status() == 404 && !NO_RECORD.contains(endpoint))
                || (answer.status() == 409 && rule.refusesAsConflict() && !rule.allowed().contains(role));
        if (rule.allowed().contains(role) && (refusal || answer.status() >= 500)) {
            problems.add("allowed, answered " + answer);
        }
        if (!rule.allowed().contains(role) && !refusal) {
            problems.add("must be refused, answered " + answer);
        }
        if (!SEE_THE_OWNER.contains(role) && answer.text() != null) {
            // a problem names the path it was asked: what the caller sent is no leak
            String text = answer.text().replace(path.replaceFirst("\\?.*", ""), "");
            records.traces().stream().filter(text::contains).findFirst()
                    .ifPresent(trace -> problems.add("shows the owner's " + trace));
        }
        return problems;
    }

    /**
     * A list of the engine's: where it is served, the field of an item that names its instance, the query that finds
     * one instance ({@code %1$s} its id, {@code %2$s} its business key), and whether the owner's change is in it (the
     * owner has no incident).
     */
    record EngineList(String path, String instanceField, String staffQuery, boolean holdsOwners) {

        EngineList(String path, String instanceField, String staffQuery) {
            this(path, instanceField, staffQuery, true);
        }
    }

    /** The engine REST API (HTTP Basic) and the same engine API as the webapps call it (the portal's login). */
    static final List<String> ENGINE_APIS = List.of("/engine-rest", "/camunda/api/engine/engine/default");

    /** Cockpit's own queries, beside the engine API: any authenticated user may call them, the engine filters. */
    static final String COCKPIT_API = "/camunda/api/cockpit/plugin/base/default";

    /** The lists a society must not read other societies' applications from. */
    static final List<EngineList> ENGINE_LISTS = Stream.concat(
            ENGINE_APIS.stream().flatMap(api -> Stream.of(
                    new EngineList(api + "/task", "processInstanceId", "processInstanceId=%1$s"),
                    new EngineList(api + "/process-instance", "id", "processInstanceIds=%1$s"),
                    new EngineList(api + "/history/process-instance", "id", "processInstanceId=%1$s"),
                    new EngineList(api + "/variable-instance", "processInstanceId", "processInstanceIdIn=%1$s"),
                    new EngineList(api + "/history/variable-instance", "processInstanceId", "processInstanceId=%1$s"))),
            Stream.of(new EngineList(COCKPIT_API + "/process-instance", "id", "businessKey=%2$s"),
                    new EngineList(COCKPIT_API + "/incident", "processInstanceId", "processInstanceIdIn=%1$s", false)))
            .toList();

    /**
     * Writes through the engine REST API on the owner's change (its 学会部 review task, its instance), as Tasklist and
     * Cockpit send them.
     */
    static final Map<String, String> ENGINE_WRITES = Map.of(
            "POST /engine-rest/task/{task}/claim", "{\"userId\": \"affairs\"}",
            "POST /engine-rest/task/{task}/complete", "{\"variables\": {\"decision\": {\"value\": \"approve\"}}}",
            "POST /engine-rest/process-instance/{instance}/variables", "{\"modifications\": {\"societyCode\": {\"value\": \"x\"}}}",
            "DELETE /engine-rest/process-instance/{instance}", "");

    /** Who must not touch the owner's change in the engine: no one outside the 科协's staff. */
    static final Set<MatrixRole> NOT_ON_THE_OWNERS_CASE = EnumSet.of(MatrixRole.ANONYMOUS, MatrixRole.OWNER,
            MatrixRole.OTHER_SOCIETY, MatrixRole.EXPERT, MatrixRole.INITIATOR);

    /** Who may open each webapp: the groups GroupSetup grants its application access (admins all). */
    static final Map<String, Set<MatrixRole>> WEBAPPS = Map.of(
            "tasklist", EnumSet.of(MatrixRole.EXPERT, MatrixRole.AFFAIRS, MatrixRole.PARTY, MatrixRole.LEADER, MatrixRole.ADMIN),
            "cockpit", EnumSet.of(MatrixRole.AFFAIRS, MatrixRole.ADMIN),
            "admin", EnumSet.of(MatrixRole.ADMIN));

    @Test
    void theEngineApiAndTheWebappsShowEachRoleOnlyWhatItsGroupsMay() throws Exception {
        MatrixRecords records = records();
        Map<MatrixRole, MatrixClient> clients = clients();
        Set<String> ownerInstances = historyService.createHistoricVariableInstanceQuery().variableName("societyCode")
                .variableValueEquals("societyCode", records.owner.getCode()).list().stream()
                .map(v -> v.getProcessInstanceId()).collect(java.util.stream.Collectors.toSet());
        Map<MatrixRole, String> ownCode = Map.of(MatrixRole.OWNER, records.owner.getCode(), MatrixRole.OTHER_SOCIETY,
                records.otherAccount.substring("soc-".length()));
        Map<String, String> societyOfInstance = new java.util.HashMap<>();
        List<String> wrong = new ArrayList<>();
        MatrixTable table = new MatrixTable();
        for (EngineList list : ENGINE_LISTS) {
            for (MatrixRole role : MatrixRole.values()) {
                // staff may list everything, of the whole suite: they are asked for the owner's change alone
                boolean staff = MatrixRole.STAFF.contains(role);
                String path = list.path() + (staff ? "?" + list.staffQuery().formatted(records.changeInstance.getId(),
                        records.changeInstance.getBusinessKey()) : "");
                MatrixClient.Answer answer = clients.get(role).send("GET", path, null);
                List<String> problems = new ArrayList<>();
                Set<String> societies = new TreeSet<>();
                boolean owners = false;
                if (role == MatrixRole.ANONYMOUS) {
                    if (answer.status() != 401 && !answer.toLogin()) {
                        problems.add("must be refused, answered " + answer);
                    }
                } else if (answer.status() != 200) {
                    problems.add("answered " + answer);
                } else {
                    for (var item : JSON.readTree(answer.text())) {
                        String instance = item.path(list.instanceField()).asText();
                        owners |= ownerInstances.contains(instance);
                        if (!staff) {
                            societies.add(societyOfInstance.computeIfAbsent(instance, this::societyOf));
                        }
                    }
                    problems.addAll(engineProblems(role, list, ownCode.get(role), records.owner.getCode(), societies, owners));
                }
                if (!problems.isEmpty()) {
                    wrong.add(role.label + " GET " + path + ": " + String.join("; ", problems));
                }
                table.put("GET " + list.path(), role, answer.status() == 200 ? JSON.readTree(answer.text()).size() + " items"
                        : answer.toString(), role != MatrixRole.ANONYMOUS, !problems.isEmpty());
            }
        }
        for (MatrixRole role : MatrixRole.values()) {
            // counts per process, no instance: the 科协's staff and those who read the definitions for Tasklist's forms
            MatrixClient.Answer answer = clients.get(role).send("GET", COCKPIT_API + "/process-definition/statistics", null);
            long instances = 0;
            Set<String> fields = new TreeSet<>();
            if (answer.status() == 200) {
                for (var item : JSON.readTree(answer.text())) {
                    instances += item.path("instances").asLong();
                    item.fieldNames().forEachRemaining(fields::add);
                }
            }
            boolean counts = EnumSet.of(MatrixRole.EXPERT, MatrixRole.AFFAIRS, MatrixRole.PARTY, MatrixRole.LEADER,
                    MatrixRole.ADMIN).contains(role);
            boolean ok = role == MatrixRole.ANONYMOUS ? answer.status() == 401 || answer.toLogin()
                    : answer.status() == 200 && (counts ? instances > 0 : fields.isEmpty())
                    && Set.of("id", "key", "name", "version", "tenantId", "suspensionState", "instances", "failedJobs",
                            "incidents", "incidentTypes").containsAll(fields);
            if (!ok) {
                wrong.add(role.label + " GET " + COCKPIT_API + "/process-definition/statistics: " + instances
                        + " instances, fields " + fields + " (" + answer + ")");
            }
            table.put("GET " + COCKPIT_API + "/process-definition/statistics", role,
                    answer.status() == 200 ? instances + " instances" : answer.toString(), role != MatrixRole.ANONYMOUS, !ok);
        }
        for (Map.Entry<String, Set<MatrixRole>> app : WEBAPPS.entrySet()) {
            for (MatrixRole role : MatrixRole.values()) {
                MatrixClient.Answer answer = clients.get(role).send("GET", "/camunda/app/" + app.getKey() + "/default/", null);
                boolean allowed = app.getValue().contains(role);
                boolean ok = allowed ? answer.status() == 200
                        : answer.status() == 401 || answer.status() == 403 || answer.toLogin();
                if (!ok) {
                    wrong.add(role.label + " GET /camunda/app/" + app.getKey() + ": " + (allowed ? "allowed" : "must be refused")
                            + ", answered " + answer);
                }
                table.put("GET /camunda/app/" + app.getKey() + "/default/", role, answer.toString(), allowed, !ok);
            }
        }
        for (MatrixRole role : MatrixRole.values()) {
            // the apps the webapps' own login finds the user may open: what their menus and guards go by
            MatrixClient.Answer answer = clients.get(role).send("GET", "/camunda/api/admin/auth/user/default", null);
            Set<String> expected = new TreeSet<>();
            WEBAPPS.forEach((app, roles) -> {
                if (roles.contains(role)) {
                    expected.add(app);
                }
            });
            Set<String> authorized = new TreeSet<>();
            if (answer.status() == 200) {
                JSON.readTree(answer.text()).path("authorizedApps").forEach(a -> authorized.add(a.asText()));
                authorized.retainAll(WEBAPPS.keySet());
            }
            boolean ok = role == MatrixRole.ANONYMOUS ? answer.status() != 200 : authorized.equals(expected);
            if (!ok) {
                wrong.add(role.label + " authorized apps " + authorized + " (" + answer + "), expected " + expected);
            }
            table.put("GET /camunda/api/admin/auth/user/default (apps)", role,
                    answer.status() == 200 ? (authorized.isEmpty() ? "none" : String.join("+", authorized)) : answer.toString(),
                    role != MatrixRole.ANONYMOUS, !ok);
        }
        for (MatrixRole role : MatrixRole.values()) {
            // accounts are personal data (names, e-mail addresses): the 科协's staff may list them, others see their own
            MatrixClient.Answer answer = clients.get(role).send("GET", "/engine-rest/user", null);
            Set<String> listed = new TreeSet<>();
            if (answer.status() == 200) {
                JSON.readTree(answer.text()).forEach(user -> listed.add(user.path("id").asText()));
            }
            boolean ok = role == MatrixRole.ANONYMOUS ? answer.status() == 401
                    : answer.status() == 200 && (MatrixRole.STAFF.contains(role) ? listed.size() > 1 : listed.size() <= 1);
            if (!ok) {
                wrong.add(role.label + " GET /engine-rest/user: listed " + listed.size() + " accounts (" + answer + ")");
            }
            table.put("GET /engine-rest/user", role, answer.status() == 200 ? listed.size() + " accounts" : answer.toString(),
                    role != MatrixRole.ANONYMOUS, !ok);
        }
        Footprint footprint = new Footprint(jdbc, runtimeService, taskService, repositoryService, managementService, records);
        for (String write : ENGINE_WRITES.keySet()) {
            String method = write.substring(0, write.indexOf(' '));
            String path = write.substring(write.indexOf(' ') + 1).replace("{task}", records.review.getId())
                    .replace("{instance}", records.changeInstance.getId());
            for (MatrixRole role : NOT_ON_THE_OWNERS_CASE) {
                Map<String, String> before = footprint.take();
                MatrixClient.Answer answer = clients.get(role).send(method, path, ENGINE_WRITES.get(write));
                List<String> changed = Footprint.changed(before, footprint.take());
                boolean ok = changed.isEmpty() && (role == MatrixRole.ANONYMOUS ? answer.status() == 401
                        : Set.of(403, 404).contains(answer.status()));
                if (!ok) {
                    wrong.add(role.label + " " + method + " " + path + ": " + answer + (changed.isEmpty() ? "" : ", changed " + changed));
                }
                table.put(write, role, answer.toString(), false, !ok);
            }
        }
        System.out.println(table.print("Engine API and webapps (items listed, staff asked for the owner's change alone; "
                + "the apps a user may open; the accounts a user may list; the engine's writes on the owner's change by those outside the staff)"));
        assertThat(wrong).as("wrong cells of the engine and webapp matrix").isEmpty();
    }

    /**
     * A society lists only its own society's instances (and sees its own tasks, so the check is not empty); an initiator
     * no society's; an expert not the owner's; 学会部 and admins find the owner's change, every staff member may ask.
     */
    private static List<String> engineProblems(MatrixRole role, EngineList list, String ownCode, String owner,
                                               Set<String> societies, boolean ownersListed) {
        List<String> problems = new ArrayList<>();
        if (ownCode != null && !societies.stream().allMatch(ownCode::equals)) {
            problems.add("lists instances of " + societies);
        }
        if (role == MatrixRole.OWNER && list.path().endsWith("/task") && !ownersListed) {
            problems.add("does not list its own tasks");
        }
        if (role == MatrixRole.INITIATOR && societies.stream().anyMatch(s -> !s.isEmpty())) {
            problems.add("lists instances of " + societies);
        }
        if (role == MatrixRole.EXPERT && societies.contains(owner)) {
            problems.add("lists the owner's instances");
        }
        boolean seesAll = role == MatrixRole.AFFAIRS || role == MatrixRole.ADMIN;
        if (seesAll && list.holdsOwners() && !ownersListed) {
            problems.add("does not list the owner's instances");
        }
        return problems;
    }

    /** The society code an instance was started for, or "" for one of no society. */
    private String societyOf(String instanceId) {
        return historyService.createHistoricVariableInstanceQuery().processInstanceId(instanceId).variableName("societyCode")
                .list().stream().map(v -> String.valueOf(v.getValue())).findFirst().orElse("");
    }
}
