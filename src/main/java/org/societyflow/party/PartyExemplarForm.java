package org.societyflow.party;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import lombok.Getter;

/** What the 党建典型 pages and API take: the call the committee opens, a society's nomination, an objection. */
public final class PartyExemplarForm {

    private PartyExemplarForm() {
    }

    /** The party committee's call; the 公示's working days default to {@code societyflow.party.exemplar-notice-working-days}. */
    @Getter
    public static class Selection {
        @NotNull @Min(2000) @Max(2100)
        private Integer year;
        @NotBlank @Size(max = 200)
        private String title;
        @NotBlank @Size(max = 5000)
        private String callText;
        @NotNull
        private LocalDate closesOn;
        @NotNull @Min(1) @Max(100)
        private Integer quota;
        @NotNull @Min(1) @Max(30)
        private Integer noticeWorkingDays;

        public void setYear(Integer v) { year = v; }
        public void setTitle(String v) { title = v; }
        public void setCallText(String v) { callText = v; }
        public void setClosesOn(LocalDate v) { closesOn = v; }
        public void setQuota(Integer v) { quota = v; }
        public void setNoticeWorkingDays(Integer v) { noticeWorkingDays = v; }
    }

    /** A society nominates its party organisation or a brand activity, with what it achieved. */
    @Getter
    public static class Nomination {
        @NotNull
        private PartyNomination.NominationKind kind;
        @NotBlank @Size(max = 200)
        private String title;
        @NotBlank @Size(max = 5000)
        private String achievements;

        public void setKind(PartyNomination.NominationKind v) { kind = v; }
        public void setTitle(String v) { title = v; }
        public void setAchievements(String v) { achievements = v; }
    }

    /** A society's objection to the list during the 公示. */
    @Getter
    public static class Objection {
        @NotBlank @Size(max = 1000)
        private String reason;

        public void setReason(String v) { reason = v; }
    }
}
