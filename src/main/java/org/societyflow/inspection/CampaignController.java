package org.societyflow.inspection;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.societyflow.identity.CurrentUsers;
import org.societyflow.shared.EngineClock;
import org.societyflow.shared.InvalidInputException;
import org.societyflow.workflow.BoardStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 学会部 opens the yearly 年检 and follows it society by society. */
@Controller
@PreAuthorize("hasAnyAuthority('society-affairs', 'leadership', 'camunda-admin')")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class CampaignController {

    private final InspectionCampaignService campaigns;
    private final CampaignBoard boards;
    private final CampaignStartProgress startProgress;
    private final CurrentUsers currentUsers;

    @GetMapping("/campaigns")
    String list(Model model) {
        model.addAttribute("campaigns", campaigns.all());
        int suggestedYear = EngineClock.today().getYear() - 1;
        model.addAttribute("suggestedYear", suggestedYear);
        // the hint under the deadline names the rules and the date an empty field gives (the suggested year, today)
        model.addAttribute("defaultDeadline", campaigns.defaultDeadline(suggestedYear));
        return "inspection/campaigns";
    }

    @PostMapping("/campaigns")
    @PreAuthorize("hasAuthority('society-affairs')")
    String start(@RequestParam(required = false) String year, @RequestParam(required = false) String reportDeadline,
                 Model model, RedirectAttributes redirect) {
        try {
            // typed values are read here so that one the browser sends unreadable comes back next to its field
            Map<String, String> unreadable = new HashMap<>();
            Integer startYear = read(year, Integer::valueOf, "year", "typeMismatch.java.lang.Integer", unreadable);
            LocalDate deadline = read(reportDeadline, LocalDate::parse, "reportDeadline", "typeMismatch", unreadable);
            if (!unreadable.isEmpty()) {
                throw new InvalidInputException(unreadable);
            }
            InspectionCampaign campaign = campaigns.start(startYear, deadline, currentUsers.current());
            redirect.addFlashAttribute("success", "campaign.started");
            return "redirect:/campaigns/" + campaign.getId();
        } catch (InvalidInputException e) {
            model.addAttribute("errors", e.getFieldErrors());
            model.addAttribute("year", year);
            model.addAttribute("reportDeadline", reportDeadline);
            return list(model);
        }
    }

    private static <T> T read(String value, Function<String, T> parse, String field, String error,
                              Map<String, String> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return parse.apply(value.strip());
        } catch (NumberFormatException | DateTimeParseException e) {
            errors.put(field, error);
            return null;
        }
    }

    /** The campaign's figures, the progress of its opening, and the board of its societies ({@code ?status=}). */
    @GetMapping("/campaigns/{id}")
    String view(@PathVariable Long id, @RequestParam(required = false) List<BoardStatus> status, Model model) {
        InspectionCampaign campaign = campaigns.get(id);
        model.addAttribute("campaign", campaign);
        model.addAttribute("statistics", campaigns.statistics(id));
        model.addAttribute("startProgress", startProgress.of(id));
        model.addAttribute("board", boards.board(id));
        model.addAttribute("boardFilter", status == null ? List.of() : status);
        return "inspection/campaign";
    }
}
