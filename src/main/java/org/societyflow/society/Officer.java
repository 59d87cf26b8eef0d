package org.societyflow.society;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.Period;
import lombok.Getter;
import org.societyflow.shared.ChineseTexts;

/** 负责人: 理事长, 副理事长 or 秘书长 of a society; one of them is the 法定代表人. */
@Entity
@Table(name = "society_officer")
@Getter
public class Officer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private OfficerRole role;

    private String name;
    private LocalDate birthDate;
    private boolean legalRepresentative;
    private boolean fullTime;
    private int termsServed;

    protected Officer() {
    }

    public Officer(OfficerRole role, String name, LocalDate birthDate, boolean legalRepresentative,
                   boolean fullTime, int termsServed) {
        this.role = role;
        this.name = name;
        this.birthDate = birthDate;
        this.legalRepresentative = legalRepresentative;
        this.fullTime = fullTime;
        this.termsServed = termsServed;
    }

    String summary() {
        return ChineseTexts.format(legalRepresentative ? "society.officer.summaryLegal" : "society.officer.summary",
                role.chineseName(), name);
    }

    /** The officer and birth date as the change log shows a 更正 of it: 陈立新 1962-03-01. */
    String birthSummary() {
        return name + " " + (birthDate == null ? "—" : birthDate);
    }

    void correctBirthDate(LocalDate birthDate) {
        this.birthDate = birthDate;
    }

    /** The summary with birth date, terms served and full-time work: what the register import compares. */
    String detail() {
        return ChineseTexts.format("society.officer.detail", summary(), String.valueOf(birthDate),
                String.valueOf(termsServed), ChineseTexts.format(fullTime ? "export.yes" : "export.no"));
    }

    void setLegalRepresentative(boolean legalRepresentative) {
        this.legalRepresentative = legalRepresentative;
    }

    public int ageOn(LocalDate day) {
        return birthDate == null ? 0 : Period.between(birthDate, day).getYears();
    }
}
