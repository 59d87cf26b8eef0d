package org.societyflow.society;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.societyflow.identity.CurrentUser;
import org.societyflow.identity.CurrentUsers;
import org.societyflow.identity.Groups;
import org.societyflow.shared.NotFoundException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/societies")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class SocietyApiController {

    private final SocietyService societies;
    private final CaseRegister caseRegister;
    private final RegisterCorrections corrections;
    private final CurrentUsers currentUsers;

    /** The register, for staff: search by name, code or credit code, filter by status and discipline. */
    @GetMapping
    Page<SocietyView> search(@RequestParam(required = false) String q,
                             @RequestParam(required = false) SocietyStatus status,
                             @RequestParam(required = false) Discipline discipline,
                             @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        if (!currentUsers.current().isStaff()) {
            throw new AccessDeniedException("register is for staff");
        }
        return societies.search(q, status, discipline,
                PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 100), Sort.by("code"))).map(SocietyView::of);
    }

    @GetMapping("/{id}")
    SocietyView get(@PathVariable Long id) {
        Society society = societies.get(id);
        CurrentUser user = currentUsers.current();
        if (!user.canAccessSociety(society.getCode())) {
            throw new NotFoundException("society", id);
        }
        return SocietyView.of(society);
    }

    /**
     * The society's 处罚与案件记录, the latest first: for staff and for the society itself, which should know what the
     * 年检 grade reads about it; another society hears of no such society.
     */
    @GetMapping("/{id}/penalties")
    List<CaseRecordView> penalties(@PathVariable Long id) {
        Society society = societies.get(id);
        if (!currentUsers.current().canAccessSociety(society.getCode())) {
            throw new NotFoundException("society", id);
        }
        return caseRegister.of(id).stream().map(CaseRecordView::of).toList();
    }

    /** 学会部 records a line of the 处罚与案件记录. */
    @PostMapping("/{id}/penalties")
    @ResponseStatus(HttpStatus.CREATED)
    CaseRecordView recordPenalty(@PathVariable Long id, @RequestBody CaseRecordForm form) {
        CurrentUser user = currentUsers.current();
        if (!user.isIn(Groups.SOCIETY_AFFAIRS)) {
            throw new AccessDeniedException("学会部 only");
        }
        return CaseRecordView.of(caseRegister.record(id, form, user.userId()));
    }

    /** 学会部 corrects data errors of the register (更正): the change-log lines it wrote, or a problem and nothing. */
    @PostMapping("/{id}/corrections")
    @ResponseStatus(HttpStatus.CREATED)
    List<CorrectionView> correct(@PathVariable Long id, @RequestBody RegisterCorrectionForm form) {
        CurrentUser user = currentUsers.current();
        if (!user.isIn(Groups.SOCIETY_AFFAIRS)) {
            throw new AccessDeniedException("学会部 only");
        }
        return corrections.correct(id, form, user.userId()).stream().map(CorrectionView::of).toList();
    }

    /** A change-log line a 更正 wrote. */
    record CorrectionView(String field, String oldValue, String newValue, String reason, String changedBy,
                          Instant changedAt) {
        static CorrectionView of(ChangeLogEntry e) {
            return new CorrectionView(e.getField(), e.getOldValue(), e.getNewValue(), e.getReason(), e.getChangedBy(),
                    e.getChangedAt());
        }
    }

    /** A line of the 处罚与案件记录 as the API gives it. */
    record CaseRecordView(Long id, Long societyId, CaseKind kind, LocalDate occurredOn, String source,
                          String note, String recordedBy, Instant recordedAt) {
        static CaseRecordView of(CaseRecord r) {
            return new CaseRecordView(r.getId(), r.getSocietyId(), r.getKind(), r.getOccurredOn(), r.getSource(),
                    r.getNote(), r.getRecordedBy(), r.getRecordedAt());
        }
    }
}
