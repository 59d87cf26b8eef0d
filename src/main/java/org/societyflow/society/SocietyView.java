package org.societyflow.society;

import java.time.LocalDate;
import java.util.List;

/** A society as the JSON API shows it. */
public record SocietyView(Long id, String code, String name, String englishName, String creditCode,
                          Discipline discipline, SupervisionMode supervisionMode, SocietyStatus status, boolean weak,
                          String businessScope, String address, LocalDate registeredOn, Integer termNumber,
                          LocalDate termStart, LocalDate termEnd, PartyOrganisation partyOrganisation,
                          int membersIndividual, int membersUnit, List<OfficerView> officers) {

    public record OfficerView(OfficerRole role, String name, LocalDate birthDate, boolean legalRepresentative,
                              boolean fullTime, int termsServed) {
    }

    static SocietyView of(Society s) {
        return new SocietyView(s.getId(), s.getCode(), s.getName(), s.getEnglishName(), s.getCreditCode(),
                s.getDiscipline(), s.getSupervisionMode(), s.getStatus(), s.isWeak(), s.getBusinessScope(),
                s.getAddress(), s.getRegisteredOn(), s.getTermNumber(), s.getTermStart(), s.getTermEnd(),
                s.getPartyOrganisation(), s.getMembersIndividual(), s.getMembersUnit(),
                s.getOfficers().stream().map(o -> new OfficerView(o.getRole(), o.getName(), o.getBirthDate(),
                        o.isLegalRepresentative(), o.isFullTime(), o.getTermsServed())).toList());
    }
}
