package org.societyflow.exit;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.societyflow.identity.CurrentUser;
import org.societyflow.identity.Groups;
import org.societyflow.shared.BusinessRuleException;
import org.societyflow.shared.InvalidInputException;
import org.societyflow.shared.NotFoundException;
import org.societyflow.workflow.ProcessStarter;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 学会部 decides the scan's proposals: a confirmed one starts {@code weak-society-exit}; a dismissal needs a reason. */
@Service
@Transactional
public class ExitProposalService {

    static final int MAX_REASON = 2000;

    private final ExitProposalRepository proposals;
    private final ExitCaseRepository cases;
    private final ProcessStarter processStarter;
    private final WeakSocietyScan scan;

    ExitProposalService(ExitProposalRepository proposals, ExitCaseRepository cases, ProcessStarter processStarter,
                        WeakSocietyScan scan) {
        this.proposals = proposals;
        this.cases = cases;
        this.processStarter = processStarter;
        this.scan = scan;
    }

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
        if (cases.findBySocietyIdOrderByIdDesc(proposal.getSocietyId()).stream().anyMatch(c -> c.getStatus().open())) {
            throw new BusinessRuleException("exit.caseOpen");
        }
        String caseNo = processStarter.start(ExitCaseService.PROCESS_KEY, "TC", LocalDate.now().getYear(),
                Map.of("societyId", proposal.getSocietyId(), "proposalId", proposal.getId()));
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
