package org.societyflow.workflow;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.societyflow.shared.FormValidator;
import org.societyflow.shared.InvalidInputException;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The portal side of a board's bulk action: the result page, or back to the board with what was wrong. */
public final class BoardPages {

    private BoardPages() {
    }

    /**
     * The statuses a board's form posted, read here rather than bound by Spring: a value that is no status (a hidden
     * field altered) is then the board again with why, not the error page. Null when none was posted.
     */
    public static List<BoardStatus> statuses(List<String> posted) {
        if (posted == null) {
            return null;
        }
        if (!posted.stream().allMatch(name -> Arrays.stream(BoardStatus.values()).anyMatch(s -> s.name().equals(name)))) {
            FormValidator.throwIfAny(Map.of("statuses", "board.unknownStatus"));
        }
        return posted.stream().map(BoardStatus::valueOf).toList();
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
