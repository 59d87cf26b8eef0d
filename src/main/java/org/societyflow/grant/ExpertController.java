package org.societyflow.grant;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.societyflow.identity.CurrentUsers;
import org.societyflow.shared.FormPages;
import org.societyflow.society.Discipline;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 学会部's expert pool: who may be drawn, for which disciplines, and which societies they belong to. */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ExpertController {

    private final ExpertPool pool;
    private final CurrentUsers currentUsers;

    @GetMapping("/experts")
    String list(Model model) {
        return page(null, new ExpertForm(), model);
    }

    @PostMapping("/experts")
    String add(@Validated @ModelAttribute("form") ExpertForm form, BindingResult binding, Model model,
               RedirectAttributes redirect) {
        return FormPages.handle(binding, model, redirect, "/experts", () -> page(null, form, model), () -> {
            pool.add(form, currentUsers.current());
            return "form.saved";
        });
    }

    @GetMapping("/experts/{id}")
    String edit(@PathVariable Long id, Model model) {
        Expert expert = pool.get(id, currentUsers.current());
        return page(expert, ExpertForm.of(expert), model);
    }

    @PostMapping("/experts/{id}")
    String update(@PathVariable Long id, @Validated @ModelAttribute("form") ExpertForm form, BindingResult binding,
                  Model model, RedirectAttributes redirect) {
        Expert expert = pool.get(id, currentUsers.current());
        form.setUserId(expert.getUserId());
        return FormPages.handle(binding, model, redirect, "/experts", () -> page(expert, form, model), () -> {
            pool.update(id, form, currentUsers.current());
            return "form.saved";
        });
    }

    private String page(Expert editing, ExpertForm form, Model model) {
        model.addAttribute("experts", pool.all(currentUsers.current()));
        model.addAttribute("editing", editing);
        model.addAttribute("form", form);
        model.addAttribute("disciplines", Discipline.values());
        return "grant/experts";
    }
}
