package org.societyflow.grant;

import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import org.societyflow.shared.Complete;

/** A member of the project team. */
@Embeddable
@Getter
public class TeamMember {

    @NotBlank(groups = Complete.class) @Size(max = 100)
    private String name;
    @Size(max = 200)
    private String organisation;
    @Size(max = 100)
    private String title;
    @Size(max = 100)
    private String role;

    public TeamMember() {
    }

    public TeamMember(String name, String organisation, String title, String role) {
        this.name = name;
        this.organisation = organisation;
        this.title = title;
        this.role = role;
    }

    boolean isBlank() {
        return (name == null || name.isBlank()) && (organisation == null || organisation.isBlank())
                && (title == null || title.isBlank()) && (role == null || role.isBlank());
    }

    public void setName(String v) { name = v; }
    public void setOrganisation(String v) { organisation = v; }
    public void setTitle(String v) { title = v; }
    public void setRole(String v) { role = v; }
}
