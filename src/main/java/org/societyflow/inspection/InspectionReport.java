package org.societyflow.inspection;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.stream.Stream;
import lombok.Getter;
import org.societyflow.shared.Complete;

/**
 * The 年度工作报告 a society fills in (docs/RULES.md, 年检), plus its self-inspection checklist. Ranges hold for a
 * draft too; the {@link Complete} group adds what a submitted report must have. Stored as it is, embedded in
 * the {@link AnnualInspection} row.
 */
@Embeddable
@Getter
public class InspectionReport {

    @NotNull(groups = Complete.class) @Min(0) @Max(10_000_000)
    private Integer membersIndividual;
    @NotNull(groups = Complete.class) @Min(0) @Max(1_000_000)
    private Integer membersUnit;
    @NotNull(groups = Complete.class) @Min(0) @Max(100_000)
    private Integer staffCount;
    @NotNull(groups = Complete.class) @Min(0) @Max(100_000)
    private Integer academicActivities;
    @NotNull(groups = Complete.class) @Min(0) @Max(100_000)
    private Integer popularScienceActivities;
    @NotNull(groups = Complete.class) @Min(0) @Max(100_000)
    private Integer serviceActivities;
    @NotNull(groups = Complete.class)
    private Boolean generalAssemblyHeld;
    @NotNull(groups = Complete.class) @Min(0) @Max(366)
    private Integer councilMeetings;
    @NotNull(groups = Complete.class) @Min(0) @Max(366)
    private Integer standingCouncilMeetings;
    @NotNull(groups = Complete.class) @Min(0) @Max(100_000)
    private Integer partyActivities;
    @NotNull(groups = Complete.class) @DecimalMin("0") @DecimalMax("9999999999999.99") @Digits(integer = 13, fraction = 2)
    private BigDecimal income;
    @NotNull(groups = Complete.class) @DecimalMin("0") @DecimalMax("9999999999999.99") @Digits(integer = 13, fraction = 2)
    private BigDecimal expenses;
    @NotNull(groups = Complete.class) @DecimalMin("-9999999999999.99") @DecimalMax("9999999999999.99") @Digits(integer = 13, fraction = 2)
    private BigDecimal netAssets;
    @NotNull(groups = Complete.class)
    @Enumerated(EnumType.STRING)
    private AuditOpinion auditOpinion;
    @NotNull(groups = Complete.class)
    private Boolean charterFollowed;
    @NotBlank(groups = Complete.class) @Size(max = 4000)
    private String workSummary;
    @Size(max = 1000)
    private String officerChanges;
    @NotBlank(groups = Complete.class) @Size(max = 2000)
    private String partyBuilding;
    @NotNull(groups = Complete.class)
    private Boolean certificateLent;
    @NotNull(groups = Complete.class)
    private Boolean outsideScope;
    @NotNull(groups = Complete.class)
    private Boolean unfiledChanges;
    @NotNull(groups = Complete.class)
    private Boolean forProfit;
    @NotNull(groups = Complete.class)
    private Boolean assetsMisappropriated;
    @NotNull(groups = Complete.class)
    private Boolean improperAwards;
    @NotNull(groups = Complete.class)
    private Boolean criticisedLastYear;

    /** Nothing filled in yet: the society has not started its report. */
    public boolean isBlank() {
        return Stream.of(membersIndividual, membersUnit, staffCount, academicActivities, popularScienceActivities,
                serviceActivities, generalAssemblyHeld, councilMeetings, standingCouncilMeetings, partyActivities, income,
                expenses, netAssets, auditOpinion, charterFollowed, workSummary, officerChanges, partyBuilding,
                certificateLent, outsideScope, unfiledChanges, forProfit, assetsMisappropriated, improperAwards,
                criticisedLastYear).allMatch(Objects::isNull);
    }

    public void setMembersIndividual(Integer v) { membersIndividual = v; }
    public void setMembersUnit(Integer v) { membersUnit = v; }
    public void setStaffCount(Integer v) { staffCount = v; }
    public void setAcademicActivities(Integer v) { academicActivities = v; }
    public void setPopularScienceActivities(Integer v) { popularScienceActivities = v; }
    public void setServiceActivities(Integer v) { serviceActivities = v; }
    public void setGeneralAssemblyHeld(Boolean v) { generalAssemblyHeld = v; }
    public void setCouncilMeetings(Integer v) { councilMeetings = v; }
    public void setStandingCouncilMeetings(Integer v) { standingCouncilMeetings = v; }
    public void setPartyActivities(Integer v) { partyActivities = v; }
    public void setIncome(BigDecimal v) { income = v; }
    public void setExpenses(BigDecimal v) { expenses = v; }
    public void setNetAssets(BigDecimal v) { netAssets = v; }
    public void setAuditOpinion(AuditOpinion v) { auditOpinion = v; }
    public void setCharterFollowed(Boolean v) { charterFollowed = v; }
    public void setWorkSummary(String v) { workSummary = v; }
    public void setOfficerChanges(String v) { officerChanges = v; }
    public void setPartyBuilding(String v) { partyBuilding = v; }
    public void setCertificateLent(Boolean v) { certificateLent = v; }
    public void setOutsideScope(Boolean v) { outsideScope = v; }
    public void setUnfiledChanges(Boolean v) { unfiledChanges = v; }
    public void setForProfit(Boolean v) { forProfit = v; }
    public void setAssetsMisappropriated(Boolean v) { assetsMisappropriated = v; }
    public void setImproperAwards(Boolean v) { improperAwards = v; }
    public void setCriticisedLastYear(Boolean v) { criticisedLastYear = v; }
}
