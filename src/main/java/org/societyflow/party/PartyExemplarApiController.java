package org.societyflow.party;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.societyflow.identity.CurrentUser;
import org.societyflow.identity.CurrentUsers;
import org.societyflow.society.SocietyService;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * 党建典型 over JSON: the selections ({@code /api/v1/party-exemplars}: list, open, read with the nominations the caller
 * may see, nominate, object during the 公示) and one nomination ({@code /api/v1/party-nominations/{id}}: read,
 * rewrite; its 材料 under {@code …/attachments}).
 */
@RestController
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class PartyExemplarApiController {

    /** A selection as the API shows it. */
    record SelectionView(Long id, String applicationNo, int year, String title, String callText, LocalDate closesOn,
                         int quota, int noticeWorkingDays, PartyExemplarSelection.SelectionStatus status,
                         LocalDate noticeEndsOn, Instant publishedAt) {

        static SelectionView of(PartyExemplarSelection s) {
            return new SelectionView(s.getId(), s.getApplicationNo(), s.getYear(), s.getTitle(), s.getCallText(),
                    s.getClosesOn(), s.getQuota(), s.getNoticeWorkingDays(), s.getStatus(), s.getNoticeEndsOn(),
                    s.getPublishedAt());
        }
    }

    /** A nomination; {@code rankingPosition} once the committee ranked it, {@code exemplary} once published. */
    record NominationView(Long id, Long selectionId, String societyName, PartyNomination.NominationKind kind,
                          String title, String achievements, Instant submittedAt, Integer rankingPosition,
                          boolean exemplary) {

        static NominationView of(PartyNomination n, String societyName) {
            return new NominationView(n.getId(), n.getSelectionId(), societyName, n.getKind(), n.getTitle(),
                    n.getAchievements(), n.getSubmittedAt(), n.getRankingPosition(), n.isExemplary());
        }
    }

    /** A selection with the nominations the caller may see. */
    record SelectionDetail(SelectionView selection, List<NominationView> nominations) {
    }

    private final PartyExemplarService exemplars;
    private final SocietyService societies;
    private final CurrentUsers currentUsers;

    @GetMapping("/api/v1/party-exemplars")
    List<SelectionView> list() {
        return exemplars.selections().stream().map(SelectionView::of).toList();
    }

    @PostMapping("/api/v1/party-exemplars")
    @ResponseStatus(HttpStatus.CREATED)
    SelectionView open(@RequestBody PartyExemplarForm.Selection form) {
        return SelectionView.of(exemplars.open(form, currentUsers.current()));
    }

    @GetMapping("/api/v1/party-exemplars/{id}")
    SelectionDetail get(@PathVariable Long id) {
        CurrentUser user = currentUsers.current();
        PartyExemplarSelection selection = exemplars.selection(id);
        List<PartyNomination> shown = exemplars.nominations(selection, user);
        Map<Long, String> names = societies.names(shown.stream().map(PartyNomination::getSocietyId).toList());
        return new SelectionDetail(SelectionView.of(selection),
                shown.stream().map(n -> NominationView.of(n, names.get(n.getSocietyId()))).toList());
    }

    @PostMapping("/api/v1/party-exemplars/{id}/nominations")
    @ResponseStatus(HttpStatus.CREATED)
    NominationView nominate(@PathVariable Long id, @RequestBody PartyExemplarForm.Nomination form) {
        return view(exemplars.nominate(id, form, currentUsers.current()));
    }

    @PostMapping("/api/v1/party-exemplars/{id}/objection")
    SelectionView object(@PathVariable Long id, @RequestBody PartyExemplarForm.Objection form) {
        return SelectionView.of(exemplars.object(id, form, currentUsers.current()));
    }

    @GetMapping("/api/v1/party-nominations/{id}")
    NominationView nomination(@PathVariable Long id) {
        return view(exemplars.nomination(id, currentUsers.current()));
    }

    @PutMapping("/api/v1/party-nominations/{id}")
    NominationView update(@PathVariable Long id, @RequestBody PartyExemplarForm.Nomination form) {
        return view(exemplars.update(id, form, currentUsers.current()));
    }

    private NominationView view(PartyNomination n) {
        return NominationView.of(n, societies.get(n.getSocietyId()).getName());
    }
}
