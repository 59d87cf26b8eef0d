package org.societyflow.exit;

import java.util.List;
import java.util.Map;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.societyflow.identity.CurrentUser;
import org.societyflow.identity.Groups;
import org.societyflow.shared.BusinessRuleException;
import org.societyflow.shared.InvalidInputException;
import org.societyflow.shared.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 学会部 decides the scan's proposals: a confirmed one starts {@code weak-society-exit}; a dismissal needs a reason. */
@Service
@Transactional
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ExitProposalService {

    static final int MAX_REASON = 2000;

    private final ExitProposalRepository proposals;
    private final ExitCaseRepository cases;
    private final ExitCaseService caseService;
    private final WeakSocietyScan scan;

    public List<ExitProposal> scan(CurrentUser user) {
        requireAffairs(user);
        return scan.scan();
    }

    @Transactional(readOnly = true)
    public List<ExitProposal> undecided(CurrentUser user) {
        requireStaff(user);
        return proposals.findByStatusOrderByIdDesc(ProposalStatus.PROPOSED);
    }

    @Transactional(readOnly = true)
    public List<ExitProposal> dismissed(CurrentUser user) {
        requireStaff(user);
        return proposals.findByStatusOrderByIdDesc(ProposalStatus.DISMISSED);
    }

    /** Starts the case; a society is never in two open cases. Returns the case number. */
    public String confirm(Long proposalId, CurrentUser user) {
        requireAffairs(user);
        ExitProposal proposal = undecided(proposalId);
        if (cases.hasOpenCase(proposal.getSocietyId())) {
            throw new BusinessRuleException("exit.caseOpen");
        }
        String caseNo = caseService.start(proposal).getApplicationNo();
        proposal.confirm(user.userId(), caseNo);
        return caseNo;
    }

    public ExitProposal dismiss(Long proposalId, String reason, CurrentUser user) {
        requireAffairs(user);
        if (reason == null || reason.isBlank() || reason.length() > MAX_REASON) {
            throw new InvalidInputException(Map.of("reason", "exit.reasonRequired"));
        }
        ExitProposal proposal = undecided(proposalId);
        proposal.dismiss(user.userId(), reason.strip());
        return proposal;
    }

    private ExitProposal undecided(Long proposalId) {
        ExitProposal proposal = proposals.findForUpdate(proposalId)
                .orElseThrow(() -> new NotFoundException("proposal", proposalId));
        if (proposal.getStatus() != ProposalStatus.PROPOSED) {
            throw new BusinessRuleException("exit.proposalDecided");
        }
        return proposal;
    }

    private static void requireAffairs(CurrentUser user) {
        if (!user.isIn(Groups.SOCIETY_AFFAIRS)) {
            throw new AccessDeniedException("学会部 only");
        }
    }

    private static void requireStaff(CurrentUser user) {
        if (!user.isStaff()) {
            throw new AccessDeniedException("科协 staff only");
        }
    }
}
