package org.societyflow.society;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.societyflow.identity.CurrentUser;
import org.societyflow.identity.CurrentUsers;
import org.societyflow.shared.NotFoundException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/societies")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class SocietyApiController {

    private final SocietyService societies;
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
}
