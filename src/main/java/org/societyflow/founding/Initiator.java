package org.societyflow.founding;

import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import org.societyflow.shared.Complete;

/**
 * A 发起人 (individual or unit) of a new society. Whether they hold full civil capacity and their political
 * rights is declared by the applicant: 条例 art. 13 refuses a society whose initiators lack either.
 */
@Embeddable
@Getter
public class Initiator {

    @NotBlank(groups = Complete.class) @Size(max = 100)
    private String name;
    @NotNull(groups = Complete.class)
    private Boolean unit;
    @NotBlank(groups = Complete.class) @Size(max = 200)
    private String employer;
    @Size(max = 100)
    private String title;
    @Pattern(regexp = "^$|^[0-9+\\- ]{7,20}$", message = "{founding.phoneFormat}") @Size(max = 32)
    private String phone;
    @NotNull(groups = Complete.class)
    private Boolean fullCivilCapacity;
    @NotNull(groups = Complete.class)
    private Boolean politicalRights;

    public boolean isBlank() {
        return (name == null || name.isBlank()) && (employer == null || employer.isBlank());
    }

    /** Declared without full civil capacity or deprived of political rights (条例 art. 13). */
    public boolean disqualified() {
        return Boolean.FALSE.equals(fullCivilCapacity) || Boolean.FALSE.equals(politicalRights);
    }

    public void setName(String v) { name = v; }
    public void setUnit(Boolean v) { unit = v; }
    public void setEmployer(String v) { employer = v; }
    public void setTitle(String v) { title = v; }
    public void setPhone(String v) { phone = v; }
    public void setFullCivilCapacity(Boolean v) { fullCivilCapacity = v; }
    public void setPoliticalRights(Boolean v) { politicalRights = v; }
}
