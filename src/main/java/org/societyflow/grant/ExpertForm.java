package org.societyflow.grant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import lombok.Getter;
import org.societyflow.society.Discipline;

/** 学会部 adds or edits an expert of the pool. */
@Getter
public class ExpertForm {

    @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9._-]+")
    private String userId;
    @NotBlank @Size(max = 100)
    private String name;
    @Past
    private LocalDate birthDate;
    @NotEmpty
    private List<@NotNull Discipline> disciplines = new ArrayList<>();
    /** Codes of the societies the expert is a member of, separated by commas. */
    @Size(max = 1000) @Pattern(regexp = "[A-Za-z0-9,，\\s-]*")
    private String memberOf;
    private Boolean active = true;
    /** The pool entry's id, which an API client needs to edit it; set only when read, never bound from input. */
    private Long id;

    static ExpertForm of(Expert e) {
        ExpertForm f = new ExpertForm();
        f.id = e.getId();
        f.userId = e.getUserId();
        f.name = e.getName();
        f.birthDate = e.getBirthDate();
        f.disciplines = new ArrayList<>(e.disciplineSet());
        f.memberOf = e.getMemberOf();
        f.active = e.isActive();
        return f;
    }

    List<String> memberOfCodes() {
        return memberOf == null ? List.of() : Arrays.stream(memberOf.split("[,，\\s]+")).map(String::strip)
                .filter(s -> !s.isEmpty()).distinct().toList();
    }

    public void setUserId(String v) { userId = v; }
    public void setName(String v) { name = v; }
    public void setBirthDate(LocalDate v) { birthDate = v; }
    public List<Discipline> getDisciplines() { return disciplines; }
    public void setDisciplines(List<Discipline> v) { disciplines = v == null ? new ArrayList<>() : new ArrayList<>(v); }
    public void setMemberOf(String v) { memberOf = v; }
    public void setActive(Boolean v) { active = v; }
}
