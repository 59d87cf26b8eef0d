package org.societyflow.modeling;

import java.util.List;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.societyflow.identity.CurrentUser;
import org.societyflow.identity.CurrentUsers;
import org.societyflow.shared.BusinessRuleException;
import org.societyflow.shared.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The admins' model pages: what is deployed, the diagram of any version with its running instances (move, cancel,
 * retry), the editor, the comparison of two versions, and migrations with their progress.
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ModelPagesController {

    private final ModelCatalog catalog;
    private final Migrations migrations;
    private final InstanceOperations instances;
    private final CurrentUsers currentUsers;

    @GetMapping("/admin/models")
    String list(Model model) {
        CurrentUser user = currentUsers.current();
        model.addAttribute("processes", catalog.processes(user));
        model.addAttribute("decisions", catalog.decisions(user));
        model.addAttribute("forms", catalog.forms(user));
        return "modeling/list";
    }

    @GetMapping("/admin/models/view")
    String view(@RequestParam String type, @RequestParam String id, Model model) {
        CurrentUser user = currentUsers.current();
        model.addAttribute("type", type);
        model.addAttribute("id", id);
        model.addAttribute("model", modelOf(type, id, user));
        if ("bpmn".equals(type)) {
            model.addAttribute("running", instances.running(id, user));
            model.addAttribute("steps", instances.steps(id, user));
        }
        return "modeling/view";
    }

    @GetMapping("/admin/models/edit")
    String edit(@RequestParam String type, @RequestParam(required = false) String id, Model model) {
        CurrentUser user = currentUsers.current();
        ModelAdmins.require(user);
        model.addAttribute("type", type);
        model.addAttribute("id", id);
        ModelCatalog.Model edited = id == null ? null : modelOf(type, id, user);
        model.addAttribute("model", edited);
        model.addAttribute("fileName", edited == null ? "new-process.bpmn" : fileName(edited, id));
        return "modeling/edit";
    }

    @GetMapping("/admin/models/compare")
    String compare(@RequestParam String left, @RequestParam String right, Model model) {
        CurrentUser user = currentUsers.current();
        model.addAttribute("left", left);
        model.addAttribute("right", right);
        model.addAttribute("model", modelOf("bpmn", right, user));
        return "modeling/compare";
    }

    @GetMapping("/admin/models/migrate")
    String plan(@RequestParam String sourceId, @RequestParam String targetId, Model model) {
        CurrentUser user = currentUsers.current();
        model.addAttribute("plan", migrations.plan(sourceId, targetId, user));
        model.addAttribute("model", modelOf("bpmn", targetId, user));
        return "modeling/migrate";
    }

    /** A refused migration (its hidden fields altered, the instances gone meanwhile) goes back to the plan with why. */
    @PostMapping("/admin/models/migrate")
    String migrate(@RequestParam(required = false) String sourceId, @RequestParam(required = false) String targetId,
                   @RequestHeader(value = "Referer", required = false) String back, RedirectAttributes redirect) {
        try {
            return "redirect:/admin/models/migrations/" + migrations.start(sourceId, targetId, currentUsers.current());
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("operationError", e.getMessageKey());
            String plan = back == null ? "" : back.replaceFirst("^https?://[^/]+", "");
            return "redirect:" + (plan.startsWith("/admin/models/migrate?") ? plan : "/admin/models");
        }
    }

    @GetMapping("/admin/models/migrations/{batchId}")
    String progress(@PathVariable String batchId, Model model) {
        model.addAttribute("progress", migrations.progress(batchId, currentUsers.current()));
        return "modeling/progress";
    }

    @PostMapping("/admin/models/instances/{instanceId}/move")
    String move(@PathVariable String instanceId, @RequestParam(required = false) String definitionId,
                @RequestParam(required = false) String activityId,
                @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        return operate(definitionId, redirect, () -> instances.moveTo(instanceId, activityId, reason, currentUsers.current()),
                "instance.moved");
    }

    @PostMapping("/admin/models/instances/{instanceId}/cancel")
    String cancel(@PathVariable String instanceId, @RequestParam(required = false) String definitionId,
                  @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        return operate(definitionId, redirect, () -> instances.cancel(instanceId, reason, currentUsers.current()),
                "instance.cancelled");
    }

    @PostMapping("/admin/models/jobs/retry")
    String retry(@RequestParam(required = false) String definitionId, RedirectAttributes redirect) {
        instances.retryFailedJobs(definitionId, currentUsers.current());
        redirect.addFlashAttribute("success", "instance.retried");
        return definitionId == null ? "redirect:/admin/models" : "redirect:/admin/models/view?type=bpmn&id=" + definitionId;
    }

    /** A refused operation (no reason, an unknown step) comes back as the page's error, the instance untouched. */
    private String operate(String definitionId, RedirectAttributes redirect, Runnable operation, String success) {
        try {
            operation.run();
            redirect.addFlashAttribute("success", success);
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("operationError", e.getFieldErrors().values().iterator().next());
        }
        return definitionId == null ? "redirect:/admin/models" : "redirect:/admin/models/view?type=bpmn&id=" + definitionId;
    }

    /** The file a version was deployed as, without folders: the editor deploys its new version under the same name. */
    private static String fileName(ModelCatalog.Model model, String id) {
        String resource = model.versions().stream().filter(v -> v.id().equals(id)).findFirst().orElseThrow().resource();
        return resource.substring(resource.lastIndexOf('/') + 1);
    }

    /** The model a version belongs to, for its name and its other versions. */
    private ModelCatalog.Model modelOf(String type, String id, CurrentUser user) {
        List<ModelCatalog.Model> all = switch (type) {
            case "bpmn" -> catalog.processes(user);
            case "dmn" -> catalog.decisions(user);
            case "form" -> catalog.forms(user);
            default -> throw new org.societyflow.shared.NotFoundException("model type", type);
        };
        return all.stream().filter(m -> m.versions().stream().anyMatch(v -> v.id().equals(id))).findFirst()
                .orElseThrow(() -> new org.societyflow.shared.NotFoundException("model", id));
    }
}
