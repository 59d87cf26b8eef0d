package org.societyflow.workflow;

import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.User;
import org.societyflow.support.Api;
import org.societyflow.support.TestProcesses;
import org.societyflow.support.TestSocieties;
import org.societyflow.support.TestUsers;

/** A running application of a fresh two-step process (学会部审核, 领导审批) of 武汉市计算机学会, and staff to work on it. */
public final class TestApplications {

    private TestApplications() {
    }

    /** Deploys {@link TestProcesses#twoSteps} under a fresh key and starts it; answers its business key. */
    public static String start(int port, RuntimeService runtimeService) {
        String key = TestSocieties.uniqueCode("copy-");
        Api.as(port, "admin", "admin").post("/api/v1/models/deployments",
                Map.of("resources", Map.of(key + ".bpmn", TestProcesses.twoSteps(key, "学会部审核", ""))));
        runtimeService.startProcessInstanceByKey(key, key.toUpperCase(), Map.of("societyCode", "whcs",
                "societyName", "武汉市计算机学会", "title", "抄送测试申请"));
        return key.toUpperCase();
    }

    /** The two-step process as a BPMN file, its process id {@code key}. */
    public static String model(String key) {
        return TestProcesses.twoSteps(key, "学会部审核", "");
    }

    /** A new user of the group; user id = password. */
    public static String staff(IdentityService identityService, String group) {
        String id = TestSocieties.uniqueCode("st");
        User user = identityService.newUser(id);
        user.setPassword(id);
        TestUsers.save(identityService, user);
        identityService.createMembership(id, group);
        return id;
    }
}
