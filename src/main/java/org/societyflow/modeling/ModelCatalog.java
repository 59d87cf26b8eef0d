package org.societyflow.modeling;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.management.IncidentStatistics;
import org.camunda.bpm.engine.management.ProcessDefinitionStatistics;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.repository.Resource;
import org.societyflow.identity.CurrentUser;
import org.societyflow.shared.NotFoundException;
import org.springframework.stereotype.Service;

/** What is deployed: process and decision definitions and forms, each with its versions, running instances and incidents. */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ModelCatalog {

    /** One version of a model. {@code id} is the definition id (processes, decisions) or deploymentId/resource (forms). */
    public record Version(String id, String key, String name, int version, String deploymentId, String resource,
                          Instant deployedAt, long instances, long incidents) {
    }

    /** A model with every deployed version, newest first. */
    public record Model(String type, String key, String name, List<Version> versions) {

        public Version latest() {
            return versions.get(0);
        }

        public long instances() {
            return versions.stream().mapToLong(Version::instances).sum();
        }

        public long incidents() {
            return versions.stream().mapToLong(Version::incidents).sum();
        }
    }

    private final RepositoryService repositoryService;
    private final ManagementService managementService;

    public List<Model> processes(CurrentUser user) {
        ModelAdmins.require(user);
        Map<String, ProcessDefinitionStatistics> stats = new LinkedHashMap<>();
        managementService.createProcessDefinitionStatisticsQuery().includeIncidents().list()
                .forEach(s -> stats.put(s.getId(), s));
        Map<String, Deployment> deployments = deployments();
        Map<String, List<Version>> byKey = new LinkedHashMap<>();
        for (ProcessDefinition d : repositoryService.createProcessDefinitionQuery().orderByProcessDefinitionKey().asc()
                .orderByProcessDefinitionVersion().desc().list()) {
            ProcessDefinitionStatistics s = stats.get(d.getId());
            byKey.computeIfAbsent(d.getKey(), k -> new ArrayList<>()).add(new Version(d.getId(), d.getKey(), d.getName(),
                    d.getVersion(), d.getDeploymentId(), d.getResourceName(), deployedAt(deployments, d.getDeploymentId()),
                    s == null ? 0 : s.getInstances(),
                    s == null ? 0 : s.getIncidentStatistics().stream().mapToLong(IncidentStatistics::getIncidentCount).sum()));
        }
        return byKey.values().stream().map(v -> new Model("bpmn", v.get(0).key(), v.get(0).name(), v)).toList();
    }

    public List<Model> decisions(CurrentUser user) {
        ModelAdmins.require(user);
        Map<String, Deployment> deployments = deployments();
        Map<String, List<Version>> byKey = new LinkedHashMap<>();
        for (DecisionDefinition d : repositoryService.createDecisionDefinitionQuery().orderByDecisionDefinitionKey().asc()
                .orderByDecisionDefinitionVersion().desc().list()) {
            byKey.computeIfAbsent(d.getKey(), k -> new ArrayList<>()).add(new Version(d.getId(), d.getKey(), d.getName(),
                    d.getVersion(), d.getDeploymentId(), d.getResourceName(), deployedAt(deployments, d.getDeploymentId()), 0, 0));
        }
        return byKey.values().stream().map(v -> new Model("dmn", v.get(0).key(), v.get(0).name(), v)).toList();
    }

    /** Forms have no definition query in the public API: every deployment that holds a form file is one of its versions. */
    public List<Model> forms(CurrentUser user) {
        ModelAdmins.require(user);
        Map<String, List<Version>> byName = new LinkedHashMap<>();
        List<Deployment> newestFirst = repositoryService.createDeploymentQuery().orderByDeploymentTime().desc().list();
        for (Deployment deployment : newestFirst) {
            for (Resource resource : repositoryService.getDeploymentResources(deployment.getId())) {
                if (resource.getName().endsWith(".form")) {
                    byName.computeIfAbsent(resource.getName(), k -> new ArrayList<>()).add(new Version(
                            deployment.getId() + "/" + resource.getName(), formKey(resource.getName()), formKey(resource.getName()),
                            0, deployment.getId(), resource.getName(), deployment.getDeploymentTime().toInstant(), 0, 0));
                }
            }
        }
        List<Model> models = new ArrayList<>();
        byName.forEach((name, versions) -> {
            List<Version> numbered = new ArrayList<>();
            for (int i = 0; i < versions.size(); i++) {
                Version v = versions.get(i);
                numbered.add(new Version(v.id(), v.key(), v.name(), versions.size() - i, v.deploymentId(), v.resource(),
                        v.deployedAt(), 0, 0));
            }
            models.add(new Model("form", formKey(name), formKey(name), numbered));
        });
        models.sort(Comparator.comparing(Model::key));
        return models;
    }

    /** The XML (or JSON of a form) of one version. */
    public String source(String type, String id, CurrentUser user) {
        ModelAdmins.require(user);
        return sourceOf(type, id);
    }

    /** A process's diagram for anyone who may follow an application of it: the model holds no one's data. */
    public String processDiagram(String definitionId) {
        return sourceOf("bpmn", definitionId);
    }

    private String sourceOf(String type, String id) {
        try (InputStream in = switch (type) {
            case "bpmn" -> repositoryService.getProcessModel(id);
            case "dmn" -> repositoryService.getDecisionModel(id);
            case "form" -> {
                int slash = id.indexOf('/');
                yield repositoryService.getResourceAsStream(id.substring(0, slash), id.substring(slash + 1));
            }
            default -> throw new NotFoundException("model type", type);
        }) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (org.camunda.bpm.engine.exception.NullValueException | org.camunda.bpm.engine.exception.NotFoundException
                 | StringIndexOutOfBoundsException e) {
            throw new NotFoundException("model", id);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Map<String, Deployment> deployments() {
        Map<String, Deployment> all = new LinkedHashMap<>();
        repositoryService.createDeploymentQuery().list().forEach(d -> all.put(d.getId(), d));
        return all;
    }

    private static Instant deployedAt(Map<String, Deployment> deployments, String id) {
        Deployment d = deployments.get(id);
        return d == null ? null : d.getDeploymentTime().toInstant();
    }

    private static String formKey(String resourceName) {
        String file = resourceName.substring(resourceName.lastIndexOf('/') + 1);
        return file.substring(0, file.length() - ".form".length());
    }
}
