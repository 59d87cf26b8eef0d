package org.societyflow.reelection;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import lombok.Getter;
import org.societyflow.shared.Complete;
import org.societyflow.society.OfficerRole;

/** An officer the assembly elected. */
@Embeddable
@Getter
public class ElectedOfficer {

    @NotNull(groups = Complete.class) @Enumerated(EnumType.STRING)
    private OfficerRole role;
    @NotBlank(groups = Complete.class) @Size(max = 50)
    private String name;
    @NotNull(groups = Complete.class) @Past
    private LocalDate birthDate;
    @NotNull(groups = Complete.class)
    private Boolean legalRepresentative;
    @NotNull(groups = Complete.class)
    private Boolean fullTime;

    boolean isBlank() {
        return (name == null || name.isBlank()) && role == null;
    }

    public void setRole(OfficerRole v) { role = v; }
    public void setName(String v) { name = v; }
    public void setBirthDate(LocalDate v) { birthDate = v; }
    public void setLegalRepresentative(Boolean v) { legalRepresentative = v; }
    public void setFullTime(Boolean v) { fullTime = v; }
}
