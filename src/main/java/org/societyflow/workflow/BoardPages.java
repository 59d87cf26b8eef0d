package org.societyflow.workflow;

import java.util.function.Supplier;
import org.societyflow.shared.InvalidInputException;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The portal side of a board's bulk action: the result page, or back to the board with what was wrong. */
public final class BoardPages {

    private BoardPages() {
    }

    public static String run(Model model, RedirectAttributes redirect, String board, Supplier<BulkResult> action) {
        try {
            model.addAttribute("result", action.get());
            model.addAttribute("back", board);
            return "board/result";
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("boardError", e.getFieldErrors().values().iterator().next());
            return "redirect:" + board + "#board";
        }
    }
}
