package org.societyflow.founding;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.societyflow.shared.ChineseTexts;
import org.societyflow.shared.EngineClock;
import org.societyflow.society.Candidate;
import org.societyflow.society.NameSimilarity;
import org.societyflow.society.OfficerEligibility;
import org.societyflow.society.OfficerRules;
import org.societyflow.society.Society;
import org.societyflow.society.SocietyRules;
import org.societyflow.society.SocietyService;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The 条例's tests of a founding application against the register. {@link #refusals} are what no application may
 * be submitted with; {@link #findings} is what reviewers read at every step (similar names and scopes, officer
 * eligibility flags), which they weigh rather than the machine.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class FoundingChecks {

    private final SocietyRules rules;
    private final SocietyService societies;
    private final OfficerEligibility eligibility;
    private final ChineseTexts texts;
    private final FoundingSettings settings;
    private final MessageSource messages;

    /**
     * Field → message (key) of each rule the application breaks; {@code others} are the other open applications,
     * {@code lapsed} the initiators of those that lapsed within the wait.
     */
    Map<String, String> refusals(FoundingForm form, List<FoundingApplication> others, List<LapsedInitiator> lapsed) {
        Map<String, String> errors = new TreeMap<>();
        String name = form.getProposedName().strip();
        if (rules.reservedName(name)) {
            errors.put("proposedName", "rules.reservedName");
        } else if (societies.similarlyNamed(name, 1).stream().findAny().isPresent()
                || others.stream().anyMatch(o -> NameSimilarity.same(name, o.getForm().getProposedName()))) {
            errors.put("proposedName", "founding.nameTaken");
        }
        String code = form.getProposedCode().strip();
        if (societies.exists(code) || others.stream().anyMatch(o -> code.equals(o.getForm().getProposedCode()))) {
            errors.put("proposedCode", "founding.codeTaken");
        }
        if (!rules.enoughMembers(form.getMembersIndividual(), form.getMembersUnit())) {
            errors.put("membersIndividual", "founding.tooFewMembers");
        }
        if (!rules.enoughFunds(form.getFunds())) {
            errors.put("funds", "rules.fundsTooLow");
        }
        if (form.getFullTimeStaff() < rules.getMinFullTimeStaff()) {
            errors.put("fullTimeStaff", "founding.noFullTimeStaff");
        }
        if (form.getInitiators().isEmpty()) {
            errors.put("initiators", "founding.noInitiators");
        }
        for (int i = 0; i < form.getInitiators().size(); i++) {
            Initiator initiator = form.getInitiators().get(i);
            String row = "initiators[" + i + "]";
            if (initiator.disqualified()) {
                errors.putIfAbsent(row + ".politicalRights", "founding.initiatorDisqualified");
            }
            lapsed.stream().filter(l -> l.same(initiator)).map(LapsedInitiator::closedAt).max(Instant::compareTo)
                    .ifPresent(closed -> errors.put(row + ".name", messages.getMessage(
                            "founding.initiatorWaiting", new Object[] {initiator.getName(),
                                    EngineClock.day(Date.from(closed)).plus(settings.getReapplyAfter()).toString()},
                            LocaleContextHolder.getLocale())));
        }
        OfficerRules.check(form.getOfficers(), Candidate::getRole, Candidate::getLegalRepresentative, "officers", errors);
        return errors;
    }

    /** The lines reviewers read; flags each proposed officer the eligibility rules object to. */
    Findings findings(FoundingForm form, LocalDate today) {
        List<String> lines = new ArrayList<>();
        boolean clean = true;
        // figures as written, not as MessageFormat's numbers (1,000)
        lines.add(texts.text("founding.findings.members", String.valueOf(form.getMembersIndividual()),
                String.valueOf(form.getMembersUnit()), String.valueOf(rules.getMinIndividualMembers()),
                String.valueOf(rules.getMinUnitMembers()), String.valueOf(rules.getMinMixedMembers())));
        lines.add(texts.text("founding.findings.funds", form.getFunds().toPlainString(),
                rules.getMinFunds().toPlainString(), String.valueOf(form.getFullTimeStaff())));
        java.util.Optional<String> person = rules.personNameSuspect(form.getProposedName());
        if (person.isPresent()) {
            clean = false;
            lines.add(texts.text("founding.findings.personName", person.get()));
        }
        List<Society> similarNames = societies.similarlyNamed(form.getProposedName(), rules.getSimilarNameThreshold());
        if (similarNames.isEmpty()) {
            lines.add(texts.text("founding.findings.noSimilarName"));
        } else {
            clean = false;
            similarNames.forEach(s -> lines.add(texts.text("founding.findings.similarName", s.getName(),
                    String.format("%.2f", NameSimilarity.similarity(form.getProposedName(), s.getName())))));
        }
        List<Society> similarScopes = societies.search(null, null, form.getDiscipline(),
                org.springframework.data.domain.Pageable.unpaged()).stream()
                .filter(s -> s.getBusinessScope() != null
                        && NameSimilarity.similarity(form.getBusinessScope(), s.getBusinessScope()) >= rules.getSimilarScopeThreshold())
                .toList();
        if (similarScopes.isEmpty()) {
            lines.add(texts.text("founding.findings.noSimilarScope"));
        } else {
            clean = false;
            similarScopes.forEach(s -> lines.add(texts.text("founding.findings.similarScope", s.getName())));
        }
        for (Candidate officer : form.getOfficers()) {
            List<String> reasons = eligibility.reasons(officer, today);
            officer.setFlags(reasons.isEmpty() ? null : String.join("；", reasons));
            if (!reasons.isEmpty()) {
                clean = false;
                lines.add(texts.text("founding.findings.officerFlagged", officer.getName(),
                        texts.of(officer.getRole()), officer.getFlags()));
            }
        }
        if (form.getOfficers().stream().allMatch(o -> o.getFlags() == null)) {
            lines.add(texts.text("founding.findings.officersEligible"));
        }
        return new Findings(String.join("\n", lines), clean);
    }

    record Findings(String summary, boolean clean) {
    }
}
