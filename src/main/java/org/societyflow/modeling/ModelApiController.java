package org.societyflow.modeling;

import java.net.URI;
import java.util.List;
import java.util.Map;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.societyflow.identity.CurrentUsers;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Models over JSON, for admins and the app's model pages: what is deployed, the source of any version, deploying a new
 * one (refused whole, with the problems per element), migrating instances between versions as a batch with progress,
 * moving or cancelling an instance with a reason, retrying failed jobs.
 */
@RestController
@RequestMapping("/api/v1/models")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ModelApiController {

    /** A deployment: its name and its files (name → content). */
    record DeploymentRequest(String name, Map<String, String> resources) {
    }

    record MigrationRequest(String sourceId, String targetId) {
    }

    record Operation(String activityId, String reason) {
    }

    private final ModelCatalog catalog;
    private final ModelDeployments deployments;
    private final Migrations migrations;
    private final InstanceOperations instances;
    private final CurrentUsers currentUsers;

    @GetMapping
    Map<String, List<ModelCatalog.Model>> all() {
        var user = currentUsers.current();
        return Map.of("processes", catalog.processes(user), "decisions", catalog.decisions(user), "forms", catalog.forms(user));
    }

    @GetMapping(value = "/{type}/source", produces = {MediaType.APPLICATION_XML_VALUE, MediaType.APPLICATION_JSON_VALUE,
            MediaType.TEXT_PLAIN_VALUE})
    String source(@PathVariable String type, @RequestParam String id) {
        return catalog.source(type, id, currentUsers.current());
    }

    @PostMapping("/deployments")
    @ResponseStatus(HttpStatus.CREATED)
    ModelDeployments.Deployed deploy(@RequestBody DeploymentRequest request) {
        return deployments.deploy(request.name(), request.resources(), currentUsers.current());
    }

    @GetMapping("/migrations/plan")
    Migrations.Plan plan(@RequestParam String sourceId, @RequestParam String targetId) {
        return migrations.plan(sourceId, targetId, currentUsers.current());
    }

    @PostMapping("/migrations")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Map<String, String> migrate(@RequestBody MigrationRequest request) {
        return Map.of("batchId", migrations.start(request.sourceId(), request.targetId(), currentUsers.current()));
    }

    @GetMapping("/migrations/{batchId}")
    Migrations.Progress progress(@PathVariable String batchId) {
        return migrations.progress(batchId, currentUsers.current());
    }

    @GetMapping("/instances")
    List<InstanceOperations.Running> running(@RequestParam String definitionId) {
        return instances.running(definitionId, currentUsers.current());
    }

    @PostMapping("/instances/{id}/move")
    Map<String, String> move(@PathVariable String id, @RequestBody Operation operation) {
        instances.moveTo(id, operation.activityId(), operation.reason(), currentUsers.current());
        return Map.of("instanceId", id, "activityId", operation.activityId());
    }

    @PostMapping("/instances/{id}/cancel")
    Map<String, String> cancel(@PathVariable String id, @RequestBody Operation operation) {
        instances.cancel(id, operation.reason(), currentUsers.current());
        return Map.of("instanceId", id, "reason", operation.reason());
    }

    @PostMapping("/jobs/retry")
    Map<String, Integer> retry(@RequestParam(required = false) String definitionId) {
        return Map.of("retried", instances.retryFailedJobs(definitionId, currentUsers.current()));
    }

    /** A refused model: 400 with every problem (file, element, message), as the editor marks them on the diagram. */
    @ExceptionHandler(InvalidModelException.class)
    ProblemDetail invalid(InvalidModelException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "模型未通过检查，未部署 (the model was refused, nothing was deployed): "
                        + e.getProblems().stream().map(ModelProblem::message).reduce((a, b) -> a + "; " + b).orElse(""));
        problem.setType(URI.create("about:blank"));
        problem.setTitle("模型无效 (invalid model)");
        problem.setProperty("problems", e.getProblems().stream().map(p -> Map.of(
                "resource", p.resource() == null ? "" : p.resource(),
                "elementId", p.elementId() == null ? "" : p.elementId(),
                "message", p.message())).toList());
        return problem;
    }
}
