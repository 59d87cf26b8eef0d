package org.societyflow.modeling;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.Problem;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.ResourceReport;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.societyflow.identity.CurrentUser;
import org.societyflow.workflow.AsUser;
import org.springframework.stereotype.Service;

/**
 * Deploys what an admin saved in the app's editor. The same {@link ModelRules} guard every deployment (see
 * {@link ModelRulesPlugin}); the engine's own parse errors come back the same way, element by element.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ModelDeployments {

    static final String SOURCE = "SocietyFlow 模型编辑器";

    /** What was deployed: the deployment and the definitions it made. */
    public record Deployed(String deploymentId, List<String> processDefinitionIds, List<String> decisionDefinitionIds) {
    }

    private final RepositoryService repositoryService;
    private final DeploymentCompanions companions;
    private final IdentityService identityService;

    /** {@code resources}: file name (…bpmn, …dmn, …form) → content. */
    public Deployed deploy(String name, Map<String, String> resources, CurrentUser user) {
        ModelAdmins.require(user);
        List<ModelProblem> problems = new ArrayList<>();
        if (resources == null || resources.isEmpty()) {
            problems.add(new ModelProblem(null, null, "没有要部署的模型 (nothing to deploy)"));
        } else {
            resources.forEach((file, content) -> {
                if (!file.matches("[A-Za-z0-9._-]+\\.(bpmn|dmn|form)")) {
                    problems.add(new ModelProblem(file, null, "文件名须为 字母数字.bpmn/.dmn/.form (a file name like my-process.bpmn)"));
                } else if (content == null || content.isBlank()) {
                    problems.add(new ModelProblem(file, null, "文件为空 (the file is empty)"));
                }
            });
        }
        if (!problems.isEmpty()) {
            throw new InvalidModelException(problems);
        }
        Map<String, String> complete = companions.complete(resources);
        DeploymentBuilder builder = repositoryService.createDeployment()
                .name(name == null || name.isBlank() ? String.join(", ", resources.keySet()) : name.strip())
                .source(SOURCE);
        complete.forEach((file, content) ->
                builder.addInputStream(file, new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8))));
        try {
            // as the admin, so the engine's operation log and with it the audit log name who deployed
            DeploymentWithDefinitions deployment = AsUser.call(identityService, user, builder::deployWithResult);
            return new Deployed(deployment.getId(),
                    deployment.getDeployedProcessDefinitions() == null ? List.of()
                            : deployment.getDeployedProcessDefinitions().stream().map(d -> d.getId()).toList(),
                    deployment.getDeployedDecisionDefinitions() == null ? List.of()
                            : deployment.getDeployedDecisionDefinitions().stream().map(d -> d.getId()).toList());
        } catch (ParseException e) {
            throw new InvalidModelException(problemsOf(e));
        }
    }

    static List<ModelProblem> problemsOf(ParseException e) {
        List<ModelProblem> problems = new ArrayList<>();
        for (ResourceReport report : e.getResorceReports()) {
            for (Problem problem : report.getErrors()) {
                problems.add(problem instanceof ModelProblem mine ? mine
                        : new ModelProblem(report.getResourceName(), problem.getMainElementId(), problem.getMessage()));
            }
        }
        if (problems.isEmpty()) {
            problems.add(new ModelProblem(null, null, e.getMessage()));
        }
        return problems;
    }
}
