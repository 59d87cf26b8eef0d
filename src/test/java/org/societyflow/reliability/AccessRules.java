package org.societyflow.reliability;

import static org.societyflow.reliability.MatrixRole.ADMIN;
import static org.societyflow.reliability.MatrixRole.AFFAIRS;
import static org.societyflow.reliability.MatrixRole.ANONYMOUS;
import static org.societyflow.reliability.MatrixRole.EXPERT;
import static org.societyflow.reliability.MatrixRole.INITIATOR;
import static org.societyflow.reliability.MatrixRole.LEADER;
import static org.societyflow.reliability.MatrixRole.OTHER_SOCIETY;
import static org.societyflow.reliability.MatrixRole.OWNER;
import static org.societyflow.reliability.MatrixRole.PARTY;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Who may call what: the declared expectation of every cell of the authorization matrix, per group of endpoints
 * ({@code METHOD /pattern} as Spring maps it, matched by the first rule whose expression matches it whole). Every role
 * a rule does not name must be refused. An endpoint no rule matches fails the matrix until it is classified here.
 */
final class AccessRules {

    /**
     * @param refusesAsConflict the application words this refusal as a rule of the business (409 with its reason, as
     *                          "变更申请由学会提出"), not as a 403: a 409 counts as the refusal
     */
    record Rule(Pattern endpoint, Set<MatrixRole> allowed, boolean refusesAsConflict, String why) {
    }

    private static final Set<MatrixRole> EVERYONE = EnumSet.allOf(MatrixRole.class);
    private static final Set<MatrixRole> USERS = EnumSet.complementOf(EnumSet.of(ANONYMOUS));
    private static final Set<MatrixRole> STAFF = MatrixRole.STAFF;
    private static final Set<MatrixRole> SOCIETIES = EnumSet.of(OWNER, OTHER_SOCIETY);
    private static final Set<MatrixRole> OWNER_AND_STAFF = EnumSet.of(OWNER, AFFAIRS, PARTY, LEADER, ADMIN);
    /** GrantManagers: 学会部 and admins run calls, experts, stations and the boards. */
    private static final Set<MatrixRole> MANAGERS = EnumSet.of(AFFAIRS, ADMIN);
    /** Holders of the change's review step: its candidate group 学会部, and admins. */
    private static final Set<MatrixRole> HOLDERS = EnumSet.of(AFFAIRS, ADMIN);

    private static final String WRITE = "(POST|PUT|DELETE)";
    private static final String API = "(/api/v1)?";

    static final List<Rule> RULES = List.of(
            rule("(GET|POST) /register|GET /register/(sent|confirm)|GET /login|POST /api/v1/registrations"
                    + "|GET /api/v1/(docs|openapi|openapi/swagger-config)", EVERYONE, "public: log in, register, API docs"),
            rule("(GET|POST) /account/invitation", EVERYONE, "an invitation link: whoever holds it sets the password"),
            rule("(GET|POST) /account/password", USERS, "one's own password"),
            rule("GET /|GET /api/v1/me|GET " + API + "/notifications|POST /api/v1/notifications/read|GET " + API + "/copies",
                    USERS, "one's own home, notifications and copies"),
            rule("GET /api/v1/openapi\\.yaml", USERS, "the description's YAML form is not opened to anonymous callers"),
            rule("GET " + API + "/(programmes|party-exemplars)(/\\{id})?", USERS,
                    "published calls and 党建典型 selections are public to every user (nominations: their society's)"),
            ruleWordedAsConflict("POST " + API + "/party-exemplars", EnumSet.of(PARTY),
                    "the party committee opens the 党建典型 selection"),
            ruleWordedAsConflict("POST " + API + "/party-exemplars/\\{id}/(nominations|objection)", SOCIETIES,
                    "societies nominate themselves, and object during the 公示"),
            ruleWordedAsConflict("PUT /api/v1/party-nominations/\\{id}|POST /party-nominations/\\{id}", EnumSet.of(OWNER),
                    "only the society rewrites its nomination; staff, who read it, hear so as a rule"),
            ruleWordedAsConflict("POST " + API + "/activities", SOCIETIES, "a society records its own activities"),
            ruleWordedAsConflict("PUT /api/v1/activities/\\{id}|POST " + API + "/activities/\\{id}(/submit)?",
                    EnumSet.of(OWNER), "only the society writes its activity; staff, who read it, hear so as a rule"),
            rule("GET " + API + "/activities|GET /activities/calendar", USERS,
                    "the ledger and the calendar show a society its own activities, staff every society's"),
            rule("GET " + API + "/activities/\\{id}", OWNER_AND_STAFF, "one society's activity: it and 科协 staff"),
            rule("GET /diagrams/\\{definitionId}", USERS, "every application shows its process diagram"),
            rule("GET " + API + "/(changes|reelections|grants|exit-cases|foundings|stations|party-changes|party-organisations)"
                    + "|GET /inspections", USERS,
                    "lists show each caller their own records (or every one to staff)"),
            rule("GET /api/v1/inspections", SOCIETIES, "a society's own 年检"),
            rule("GET /my-society", USERS, "a society's own profile; anyone else is sent home"),
            ruleWordedAsConflict("POST " + API + "/(changes|grants|party-changes)", SOCIETIES, "a society starts its own application"),
            rule("POST " + API + "/reelections", EnumSet.of(OWNER, AFFAIRS),
                    "the owner's 换届 (its id given): the society, or 学会部 for it"),
            ruleWordedAsConflict("POST " + API + "/foundings", EnumSet.of(INITIATOR),
                    "initiators start founding applications"),
            rule("GET " + API + "/foundings/\\{id}(/.*)?", EnumSet.of(INITIATOR, EXPERT, AFFAIRS, PARTY, LEADER, ADMIN),
                    "the initiator's application, read by staff and the experts who give opinions on every founding"),
            rule(WRITE + " " + API + "/foundings/\\{id}/.*", EnumSet.of(INITIATOR), "only the initiator edits it"),
            rule("GET " + API + "/(changes|inspections|reelections|grants|exit-cases|station-assessments|party-changes|party-nominations)/\\{id}(/.*)?"
                    + "|GET /api/v1/party-organisations/\\{societyCode}"
                    + "|GET /stations/assessments/\\{id}|GET " + API + "/societies/\\{(id|societyId)}(/reelections)?"
                    + "|GET " + API + "/\\{collection}/\\{id}/attachments(/\\{attachmentId})?"
                    + "|GET /approvals/\\{businessKey}/sheet", OWNER_AND_STAFF, "one society's records: it and 科协 staff"),
            rule("POST " + API + "/grants/\\{id}/objection", OWNER_AND_STAFF, "whoever reads it may object during 公示"),
            ruleWordedAsConflict(WRITE + " " + API + "/(grants|station-assessments)/\\{id}/.*|POST /stations/assessments/\\{id}",
                    EnumSet.of(OWNER), "only the society writes its grant and station forms; staff, who read them, hear "
                            + "so as a rule"),
            rule("POST " + API + "/exit-cases/\\{id}/extension", EnumSet.of(AFFAIRS),
                    "学会部 extends a 软弱涣散 case's rectification period, once"),
            rule(WRITE + " " + API + "/(changes|inspections|reelections|exit-cases|party-changes)/\\{id}/.*|POST /party-changes/\\{id}"
                    + "|" + WRITE + " " + API + "/\\{collection}/\\{id}/attachments.*"
                    + "|POST " + API + "/approvals/\\{businessKey}/withdrawal", EnumSet.of(OWNER),
                    "only the society fills in, submits, attaches and withdraws its applications"),
            rule("POST " + API + "/approvals/\\{businessKey}/urge|POST " + API + "/approvals/\\{businessKey}/copies"
                    + "|GET /api/v1/approvals/\\{businessKey}/passed-steps|GET /api/v1/approvals/tasks/\\{taskId}"
                    + "|GET /api/v1/approvals/people", STAFF,
                    "staff urge, copy, look at an application's steps and pick whom to hand or copy it to"),
            rule("POST " + API + "/approvals/\\{businessKey}/(send-back|corrections)"
                    + "|POST " + API + "/approvals/tasks/\\{taskId}/(transfer|delegate)"
                    + "|POST /approvals/\\{businessKey}/steps/\\{activityId}/transfer", HOLDERS,
                    "only the holder of the current step sends back, asks for corrections, transfers, delegates"),
            rule("POST " + API + "/approvals/tasks/\\{taskId}/resolve", EnumSet.noneOf(MatrixRole.class),
                    "only a delegate hands a task back, and the task is delegated to no one"),
            rule("GET /copies/\\{id}", EnumSet.of(PARTY), "a copy is its recipient's (the matrix copies to party)"),
            rule("GET " + API + "/campaigns(/\\{id})?|GET /api/v1/campaigns/\\{id}/(board|progress)",
                    EnumSet.of(AFFAIRS, LEADER, ADMIN), "年检 campaigns: 学会部, leadership, admins"),
            rule("POST " + API + "/campaigns", EnumSet.of(AFFAIRS), "学会部 opens the campaign"),
            rule("POST " + API + "/campaigns/\\{id}/board/(reminders|approvals)", MANAGERS, "学会部 works the board"),
            rule("GET /programmes/new|GET /programmes/\\{id}/edit|" + WRITE + " " + API + "/programmes(/\\{id})?(/publish)?"
                    + "|(GET|POST) " + API + "/programmes/\\{id}/board(/reminders|/approvals)?", MANAGERS,
                    "学会部 sets up and publishes calls, works their board"),
            rule("(GET|POST|PUT) " + API + "/experts(/\\{id})?", MANAGERS, "the expert pool is 学会部's"),
            rule("POST " + API + "/stations(/assessments)?", MANAGERS, "学会部 registers stations, starts assessments"),
            rule("GET /api/v1/exit-proposals", STAFF, "staff see the proposed weak societies"),
            rule("POST " + API + "/exit-proposals/(scan|\\{id}/confirm|\\{id}/dismiss)", EnumSet.of(AFFAIRS),
                    "学会部 identifies weak societies and decides the proposals"),
            rule("GET " + API + "/societies", STAFF, "the register is for staff"),
            rule("POST /societies/\\{id}/abnormal-activity", EnumSet.of(AFFAIRS), "学会部 records 活动异常"),
            rule("GET /api/v1/societies/\\{id}/penalties", OWNER_AND_STAFF,
                    "the 处罚与案件记录: staff, and the society, which should know what its 年检 grade reads"),
            rule("POST " + API + "/societies/\\{id}/penalties", EnumSet.of(AFFAIRS), "学会部 keeps the 处罚与案件记录"),
            rule("GET /api/v1/societies/\\{id}/contact-attempts", STAFF, "the 联系记录 are the staff's records"),
            rule("POST " + API + "/societies/\\{id}/contact-attempts", EnumSet.of(AFFAIRS), "学会部 keeps the 联系记录"),
            rule("POST " + API + "/societies/\\{id}/corrections", EnumSet.of(AFFAIRS),
                    "学会部 corrects the register's data errors; a society cannot correct its own"),
            rule("GET " + API + "/dashboard|GET /exports/.*", STAFF, "reporting is for staff"),
            rule("GET /imports|POST /imports/societies(/confirm|/\\{id}/invitation)?|GET /api/v1/imports/templates/societies\\.xlsx"
                    + "|POST /api/v1/imports/societies", MANAGERS, "学会部 and admins import the register"),
            rule("POST /imports/staff(/confirm)?|GET /api/v1/imports/templates/staff\\.xlsx|POST /api/v1/imports/staff",
                    MANAGERS, "学会部 and admins import the staff accounts"),
            rule("(GET|POST) /admin/models.*|(GET|POST) /api/v1/models.*", EnumSet.of(ADMIN), "models are the admins'"),
            rule("(GET|POST) /admin/cases/new|POST /api/v1/imports/cases", EnumSet.of(ADMIN),
                    "admins move cases running on paper in at their step (迁入)"),
            rule("GET /actuator/health/(liveness|readiness)", EVERYONE,
                    "the probes of a load balancer or docker: their status only"),
            rule("GET /actuator(/.*)?", EnumSet.of(ADMIN), "health details, metrics and the rest of the actuator: admins"),
            rule("GET /admin/users|GET /api/v1/admin/users/locked|POST " + API + "/admin/users/\\{userId}/unlock",
                    EnumSet.of(ADMIN), "admins see and unlock accounts locked after failed logins"),
            rule("GET " + API + "/admin/audit|GET /admin/audit/export", EnumSet.of(ADMIN),
                    "the security audit log is the admins'"));

    private AccessRules() {
    }

    private static Rule rule(String endpoints, Set<MatrixRole> allowed, String why) {
        return new Rule(Pattern.compile(endpoints), allowed, false, why);
    }

    private static Rule ruleWordedAsConflict(String endpoints, Set<MatrixRole> allowed, String why) {
        return new Rule(Pattern.compile(endpoints), allowed, true, why);
    }

    /** The rule of {@code METHOD /pattern}, or null while it is unclassified. */
    static Rule of(String endpoint) {
        return RULES.stream().filter(r -> r.endpoint().matcher(endpoint).matches()).findFirst().orElse(null);
    }
}
