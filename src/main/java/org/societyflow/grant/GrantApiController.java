package org.societyflow.grant;

import java.util.List;
import java.util.Map;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.societyflow.identity.CurrentUser;
import org.societyflow.identity.CurrentUsers;
import org.societyflow.workflow.ProcessProgressService;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Grants over JSON: programmes (学会部 creates, edits while a draft, publishes; everyone reads the calls and what they
 * may see of the ranking) and applications (a society's draft, form, submission, final report; an objection in 公示).
 */
@RestController
@RequestMapping("/api/v1")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class GrantApiController {

    private final ProgrammeService programmes;
    private final GrantApplicationService grants;
    private final ScoreBoard scores;
    private final ProcessProgressService progress;
    private final CurrentUsers currentUsers;

    // ---- programmes ----

    @GetMapping("/programmes")
    List<ProgrammeView> programmes() {
        CurrentUser user = currentUsers.current();
        return programmes.visibleTo(user).stream().map(p -> view(p, user)).toList();
    }

    @PostMapping("/programmes")
    @ResponseStatus(HttpStatus.CREATED)
    ProgrammeView create(@RequestBody ProgrammeForm form) {
        CurrentUser user = currentUsers.current();
        return view(programmes.create(form, user), user);
    }

    @GetMapping("/programmes/{id}")
    ProgrammeView programme(@PathVariable Long id) {
        CurrentUser user = currentUsers.current();
        return view(programmes.get(id, user), user);
    }

    @PutMapping("/programmes/{id}")
    ProgrammeView update(@PathVariable Long id, @RequestBody ProgrammeForm form) {
        CurrentUser user = currentUsers.current();
        return view(programmes.update(id, form, user), user);
    }

    @PostMapping("/programmes/{id}/publish")
    ProgrammeView publish(@PathVariable Long id) {
        CurrentUser user = currentUsers.current();
        programmes.publish(id, user);
        return view(programmes.get(id, user), user);
    }

    private ProgrammeView view(Programme p, CurrentUser user) {
        boolean showScores = programmes.showsScores(p, user);
        boolean showsList = programmes.showsFundedList(p, user);
        // an expert reads the ranking once the review closes, but not which of it 学会部 proposes before leadership approves
        List<ProgrammeView.Ranked> ranking = programmes.rankingFor(p, user).stream()
                .map(r -> new ProgrammeView.Ranked(r.rank(), r.application().getApplicationNo(),
                        r.application().getForm().getTitle(), r.societyName(),
                        showScores ? r.application().getMeanScore() : null,
                        r.application().getForm().getRequestedAmount(), showsList && r.onList())).toList();
        return showsList ? ProgrammeView.of(p, programmes.budgetUsed(p), ranking)
                : ProgrammeView.withoutList(p, ranking);
    }

    // ---- applications ----

    @PostMapping("/grants")
    @ResponseStatus(HttpStatus.CREATED)
    GrantView start(@RequestParam Long programmeId) {
        return view(grants.startDraft(programmeId, currentUsers.current()), false);
    }

    @GetMapping("/grants")
    List<GrantView> list() {
        return grants.visibleTo(currentUsers.current()).stream().map(g -> view(g, false)).toList();
    }

    @GetMapping("/grants/{id}")
    GrantView get(@PathVariable Long id) {
        return view(grants.get(id, currentUsers.current()), true);
    }

    @GetMapping("/grants/{id}/form")
    GrantForm form(@PathVariable Long id) {
        return grants.get(id, currentUsers.current()).getForm();
    }

    @PutMapping("/grants/{id}/form")
    GrantForm saveForm(@PathVariable Long id, @RequestBody GrantForm form) {
        return grants.save(id, form, currentUsers.current()).getForm();
    }

    @PostMapping("/grants/{id}/form/submit")
    GrantView submit(@PathVariable Long id) {
        return view(grants.submit(id, null, currentUsers.current()), false);
    }

    @GetMapping("/grants/{id}/report")
    FinalReport report(@PathVariable Long id) {
        return grants.get(id, currentUsers.current()).getFinalReport();
    }

    @PutMapping("/grants/{id}/report")
    FinalReport saveReport(@PathVariable Long id, @RequestBody FinalReport report) {
        return grants.saveReport(id, report, currentUsers.current()).getFinalReport();
    }

    @PostMapping("/grants/{id}/report/submit")
    GrantView submitReport(@PathVariable Long id) {
        return view(grants.submitReport(id, null, currentUsers.current()), false);
    }

    @PostMapping("/grants/{id}/objection")
    GrantView object(@PathVariable Long id, @RequestBody Map<String, String> body) {
        return view(grants.object(id, body.get("objection"), currentUsers.current()), false);
    }

    private GrantView view(GrantApplication g, boolean withProgress) {
        CurrentUser user = currentUsers.current();
        Programme programme = programmes.get(g.getProgrammeId(), user);
        return GrantView.of(g, scores.meanScore(g, programme, user), scores.visible(g, programme, user),
                withProgress && g.getApplicationNo() != null ? progress.progress(g.getApplicationNo()) : null);
    }
}
