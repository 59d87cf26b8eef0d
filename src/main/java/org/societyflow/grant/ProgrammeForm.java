package org.societyflow.grant;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import lombok.Getter;

/** What 学会部 sets for a programme's call (docs/RULES.md, 项目资助). */
@Getter
public class ProgrammeForm {

    @NotNull
    private ProgrammeType type;
    @NotNull @Min(2000) @Max(2100)
    private Integer year;
    @NotBlank @Size(max = 200)
    private String title;
    @NotBlank @Size(max = 20000)
    private String callText;
    @NotNull
    private LocalDate opensOn;
    @NotNull
    private LocalDate closesOn;
    @NotNull @Positive @Max(10_000_000_000L)
    private Long totalBudget;
    @NotNull @Positive @Max(100_000_000)
    private Long capPerProject;
    @NotEmpty
    private List<@NotNull GrantCategory> categories = new ArrayList<>();
    @NotNull @Min(1) @Max(15)
    private Integer expertsPerApplication;
    @NotNull @Min(1) @Max(30)
    private Integer noticeWorkingDays;

    static ProgrammeForm of(Programme p) {
        ProgrammeForm f = new ProgrammeForm();
        f.type = p.getType();
        f.year = p.getYear();
        f.title = p.getTitle();
        f.callText = p.getCallText();
        f.opensOn = p.getOpensOn();
        f.closesOn = p.getClosesOn();
        f.totalBudget = p.getTotalBudget();
        f.capPerProject = p.getCapPerProject();
        f.categories = new ArrayList<>(p.categoryList());
        f.expertsPerApplication = p.getExpertsPerApplication();
        f.noticeWorkingDays = p.getNoticeWorkingDays();
        return f;
    }

    public void setType(ProgrammeType v) { type = v; }
    public void setYear(Integer v) { year = v; }
    public void setTitle(String v) { title = v; }
    public void setCallText(String v) { callText = v; }
    public void setOpensOn(LocalDate v) { opensOn = v; }
    public void setClosesOn(LocalDate v) { closesOn = v; }
    public void setTotalBudget(Long v) { totalBudget = v; }
    public void setCapPerProject(Long v) { capPerProject = v; }
    public List<GrantCategory> getCategories() { return categories; }
    public void setCategories(List<GrantCategory> v) { categories = v == null ? new ArrayList<>() : new ArrayList<>(v); }
    public void setExpertsPerApplication(Integer v) { expertsPerApplication = v; }
    public void setNoticeWorkingDays(Integer v) { noticeWorkingDays = v; }
}
