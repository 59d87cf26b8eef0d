package org.societyflow.modeling;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.Problem;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * Puts {@link ModelRules} in front of the engine's own deployers, so every deployment — the app's editor, Camunda
 * Modeler over {@code /engine-rest}, the models shipped with the app — is refused whole, with a problem per element,
 * when one of its resources breaks a rule. The engine answers a {@link ParseException}, which its REST API reports as
 * 400 with the problems.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ModelRulesPlugin extends AbstractProcessEnginePlugin {

    private final ApplicationContext context;

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<Deployer> deployers = configuration.getCustomPreDeployers() == null ? new ArrayList<>()
                : new ArrayList<>(configuration.getCustomPreDeployers());
        deployers.add(deployment -> {
            Set<String> formFields = new HashSet<>();
            deployment.getResources().values().stream().filter(resource -> resource.getName().endsWith(".form"))
                    .forEach(form -> formFields.addAll(ModelRules.formFields(form.getBytes())));
            ModelRules rules = new ModelRules(context::containsBean, formFields);
            List<Problem> problems = new ArrayList<>(rules.deployment(deployment.getName(), deployment.getSource()));
            String first = null;
            for (ResourceEntity resource : deployment.getResources().values()) {
                List<ModelProblem> found = rules.check(resource.getName(), resource.getBytes());
                if (!found.isEmpty() && first == null) {
                    first = resource.getName();
                }
                problems.addAll(found);
            }
            if (!problems.isEmpty()) {
                throw new ParseException("模型未通过检查，未部署 (the models break the deployment rules): "
                        + problems.stream().map(Problem::getMessage).reduce((a, b) -> a + "; " + b).orElse(""), first,
                        problems, List.of());
            }
        });
        configuration.setCustomPreDeployers(deployers);
    }
}
