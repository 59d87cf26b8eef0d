package org.societyflow.activity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import lombok.Getter;
import org.societyflow.shared.Complete;

/**
 * What a society records about one activity (docs/RULES.md, H): its type, when and where, who organised it, how many
 * took part and watched, the brand or occasion it belongs to, and a summary. Drafts may be incomplete; {@link Complete}
 * marks what submission needs, and {@code ActivityService.rules} adds the order of the dates and the counts' limits.
 */
@Embeddable
@Getter
public class ActivityForm {

    /** The kinds of activity the 科协's work plan counts, each with the 年检 report's figure it adds to. */
    public enum ActivityType {
        ACADEMIC_CONFERENCE(ReportFigure.ACADEMIC), ACADEMIC_SALON(ReportFigure.ACADEMIC),
        YOUNG_SCIENTIST_FORUM(ReportFigure.ACADEMIC), POPULAR_SCIENCE(ReportFigure.POPULAR_SCIENCE),
        VOLUNTEER_SERVICE(ReportFigure.SERVICE), PARTY_BUILDING(ReportFigure.PARTY), TRAINING(ReportFigure.SERVICE),
        OTHER(null);

        private final ReportFigure figure;

        ActivityType(ReportFigure figure) {
            this.figure = figure;
        }

        /** The 年检 figure the activity counts in; none for 其他. */
        public ReportFigure figure() {
            return figure;
        }
    }

    /** The four activity figures of the 年检 report. */
    public enum ReportFigure { ACADEMIC, POPULAR_SCIENCE, SERVICE, PARTY }

    /** The brand or occasion an activity belongs to; NONE for an activity of the society's own. */
    public enum ActivityBrand {
        NONE, NATIONAL_SCIENCE_DAY, SCIENCE_WORKERS_DAY, ACADEMICIAN_STUDIO, PARTY_BRAND, ANNUAL_MEETING_BRANCH
    }

    /** The 材料 of an activity: photos, and documents (programme, notice, minutes, press). */
    public enum ActivityAttachmentKind { PHOTO, DOCUMENT }

    @NotNull(groups = Complete.class)
    @Enumerated(EnumType.STRING)
    private ActivityType activityType;

    @NotBlank(groups = Complete.class) @Size(max = 200)
    private String title;

    @NotNull(groups = Complete.class)
    private LocalDate startsOn;

    @NotNull(groups = Complete.class)
    private LocalDate endsOn;

    @Size(max = 200)
    private String venue;

    @Column(name = "held_online")
    private Boolean online;

    @NotBlank(groups = Complete.class) @Size(max = 500)
    private String organisers;

    @Size(max = 500)
    private String coOrganisers;

    @NotNull(groups = Complete.class) @PositiveOrZero
    private Integer participants;

    @PositiveOrZero
    private Integer audience;

    @NotNull(groups = Complete.class)
    @Enumerated(EnumType.STRING)
    private ActivityBrand brand;

    @NotBlank(groups = Complete.class) @Size(max = 4000)
    private String summary;

    public void setActivityType(ActivityType v) { activityType = v; }
    public void setTitle(String v) { title = strip(v); }
    public void setStartsOn(LocalDate v) { startsOn = v; }
    public void setEndsOn(LocalDate v) { endsOn = v; }
    public void setVenue(String v) { venue = strip(v); }
    public void setOnline(Boolean v) { online = v; }
    public void setOrganisers(String v) { organisers = strip(v); }
    public void setCoOrganisers(String v) { coOrganisers = strip(v); }
    public void setParticipants(Integer v) { participants = v; }
    public void setAudience(Integer v) { audience = v; }
    public void setBrand(ActivityBrand v) { brand = v; }
    public void setSummary(String v) { summary = v; }

    private static String strip(String v) {
        return v == null ? null : v.strip();
    }
}
