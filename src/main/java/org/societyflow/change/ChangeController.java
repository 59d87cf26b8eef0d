package org.societyflow.change;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.societyflow.identity.CurrentUser;
import org.societyflow.identity.CurrentUsers;
import org.societyflow.shared.FormPages;
import org.societyflow.society.Candidate;
import org.societyflow.society.OfficerRole;
import org.societyflow.society.OfficialStatus;
import org.societyflow.society.RegisteredField;
import org.societyflow.society.Society;
import org.societyflow.society.SocietyService;
import org.societyflow.workflow.ProcessProgressService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The 变更 pages: one row per registered item (registered → requested), new officers, filing, documents. */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ChangeController {

    private static final int OFFICER_ROWS = 4;

    private final ChangeService changes;
    private final SocietyService societies;
    private final ProcessProgressService progress;
    private final CurrentUsers currentUsers;

    @GetMapping("/changes")
    String list(Model model) {
        List<ChangeRequest> list = changes.visibleTo(currentUsers.current());
        model.addAttribute("changes", list);
        model.addAttribute("societyNames", societies.names(list.stream().map(ChangeRequest::getSocietyId).toList()));
        return "change/list";
    }

    @PostMapping("/changes")
    String start(RedirectAttributes redirect) {
        ChangeRequest change = changes.start(currentUsers.current());
        redirect.addFlashAttribute("success", "change.started");
        return "redirect:/changes/" + change.getId();
    }

    @GetMapping("/changes/{id}")
    String view(@PathVariable Long id, Model model) {
        ChangeRequest change = changes.get(id, currentUsers.current());
        return show(change, change.getForm(), change.getFiling(), model);
    }

    @PostMapping("/changes/{id}/request")
    String request(@PathVariable Long id, @Validated @ModelAttribute("form") ChangeRequestForm form, BindingResult binding,
                   @RequestParam(defaultValue = "save") String action, Model model, RedirectAttributes redirect) {
        CurrentUser user = currentUsers.current();
        ChangeRequest change = changes.get(id, user);
        return FormPages.saveOrSubmit(action, binding, model, redirect, "/changes/" + id,
                () -> show(change, form, change.getFiling(), model),
                () -> changes.save(id, form, user), () -> changes.submit(id, form, user), "change.submitted");
    }

    @PostMapping("/changes/{id}/filing")
    String filing(@PathVariable Long id, @Validated @ModelAttribute("filing") ChangeFiling filing, BindingResult binding,
                  @RequestParam(defaultValue = "save") String action, Model model, RedirectAttributes redirect) {
        CurrentUser user = currentUsers.current();
        ChangeRequest change = changes.get(id, user);
        return FormPages.saveOrSubmit(action, binding, model, redirect, "/changes/" + id,
                () -> show(change, change.getForm(), filing, model),
                () -> changes.saveFiling(id, filing, user), () -> changes.submitFiling(id, filing, user), "change.filed");
    }

    private String show(ChangeRequest change, ChangeRequestForm form, ChangeFiling filing, Model model) {
        Society society = societies.get(change.getSocietyId());
        CurrentUser user = currentUsers.current();
        boolean own = society.getCode().equals(user.societyCode());
        boolean editable = own && change.getStatus().requestEditable();
        model.addAttribute("change", change);
        model.addAttribute("society", society);
        model.addAttribute("form", editable ? formWithEveryItem(form, society) : form);
        model.addAttribute("filing", filing);
        model.addAttribute("editable", editable);
        model.addAttribute("filingOpen", own && change.getStatus() == ChangeStatus.APPROVED);
        model.addAttribute("attachments", changes.attachments(change.getId(), user));
        model.addAttribute("attachmentKinds", own && (editable || change.getStatus() == ChangeStatus.APPROVED)
                ? Arrays.stream(ChangeAttachmentKind.values()).map(Enum::name).toList() : List.of());
        model.addAttribute("roles", OfficerRole.values());
        model.addAttribute("officialStatuses", OfficialStatus.values());
        model.addAttribute("progress", progress.progress(change.getApplicationNo()));
        return "change/view";
    }

    /**
     * The form as the society edits it: a row for every registered item, the requested ones ticked with their
     * value, the others empty, and spare officer rows. Changes the form in place, so the page keeps its
     * binding errors.
     */
    private static ChangeRequestForm formWithEveryItem(ChangeRequestForm form, Society society) {
        List<ChangeItem> items = new ArrayList<>();
        for (RegisteredField field : RegisteredField.values()) {
            ChangeItem row = new ChangeItem();
            form.getItems().stream().filter(i -> i != null && i.getField() == field).findFirst().ifPresent(requested -> {
                row.setField(field);
                row.setNewValue(requested.getNewValue());
            });
            row.setOldValue(field.valueOf(society));
            items.add(row);
        }
        form.setItems(items);
        List<Candidate> officers = new ArrayList<>(form.getOfficers());
        officers.removeIf(java.util.Objects::isNull);
        while (officers.size() < OFFICER_ROWS) {
            officers.add(new Candidate());
        }
        form.setOfficers(officers);
        return form;
    }
}
