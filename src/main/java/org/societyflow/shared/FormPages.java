package org.societyflow.shared;

import java.util.function.Supplier;
import org.springframework.beans.BeanWrapper;
import org.springframework.beans.PropertyAccessorFactory;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * How every portal form is saved or submitted: binding errors and refused input re-render the page with what
 * the user typed and the message next to each field; success redirects with a flash message.
 */
public final class FormPages {

    /** Field name under which a feature reports missing documents, shown with the documents, not a form field. */
    public static final String ATTACHMENTS = "attachments";

    private FormPages() {
    }

    public static String handle(BindingResult binding, Model model, RedirectAttributes redirect, String successUrl,
                                Supplier<String> page, Supplier<String> action) {
        if (binding.hasErrors()) {
            return page.get();
        }
        try {
            redirect.addFlashAttribute("success", action.get());
        } catch (InvalidInputException e) {
            BeanWrapper form = PropertyAccessorFactory.forBeanPropertyAccess(binding.getTarget());
            model.addAttribute("fieldErrors", e.getFieldErrors());
            e.getFieldErrors().forEach((field, message) -> {
                if (ATTACHMENTS.equals(field)) {
                    model.addAttribute("attachmentError", message);
                } else if (form.isReadableProperty(field)) {
                    binding.rejectValue(field, message, message);
                } else {
                    // keyed by something other than a property path (say items.NAME): the page reads fieldErrors
                    binding.reject(message, message);
                }
            });
            return page.get();
        }
        return "redirect:" + successUrl;
    }

    /**
     * A step's form posted with {@code action} "submit" (then {@code submit} runs and the page says
     * {@code submittedMessage}) or anything else, a save of the draft.
     */
    public static String saveOrSubmit(String action, BindingResult binding, Model model, RedirectAttributes redirect,
                                      String successUrl, Supplier<String> page, Runnable save, Runnable submit,
                                      String submittedMessage) {
        return handle(binding, model, redirect, successUrl, page, () -> {
            if ("submit".equals(action)) {
                submit.run();
                return submittedMessage;
            }
            save.run();
            return "form.saved";
        });
    }
}
