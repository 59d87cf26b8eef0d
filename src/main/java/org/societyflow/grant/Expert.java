package org.societyflow.grant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import lombok.Getter;
import org.societyflow.society.Discipline;
import org.societyflow.society.Officer;
import org.societyflow.society.Society;

/** An expert of the pool: a user of the group {@code experts}, the disciplines they review, the societies they belong to. */
@Entity
public class Expert {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Getter
    private Long id;

    @Getter
    private String userId;
    @Getter
    private String name;
    @Getter
    private LocalDate birthDate;
    @Getter
    private String disciplines;
    @Getter
    private String memberOf;
    @Getter
    private boolean active = true;

    @Version
    private long version;

    protected Expert() {
    }

    Expert(ExpertForm form) {
        this.userId = form.getUserId().strip();
        update(form);
    }

    void update(ExpertForm form) {
        name = form.getName().strip();
        birthDate = form.getBirthDate();
        disciplines = form.getDisciplines().stream().distinct().map(Enum::name).collect(Collectors.joining(","));
        memberOf = form.memberOfCodes().isEmpty() ? null : String.join(",", form.memberOfCodes());
        active = !Boolean.FALSE.equals(form.getActive());
    }

    public Set<Discipline> disciplineSet() {
        return disciplines == null || disciplines.isBlank() ? Set.of()
                : Arrays.stream(disciplines.split(",")).map(Discipline::valueOf).collect(Collectors.toSet());
    }

    public Set<String> memberOfSet() {
        return memberOf == null || memberOf.isBlank() ? Set.of()
                : Arrays.stream(memberOf.split(",")).map(String::strip).collect(Collectors.toSet());
    }

    /**
     * Whether the expert is an officer or a member of the society, and so may not review its applications. An officer
     * is the same person when name and birth date agree, or by name alone where either birth date is unknown (safer
     * to exclude a namesake than to let an officer score their own society).
     */
    public boolean conflictsWith(Society society) {
        if (memberOfSet().contains(society.getCode())) {
            return true;
        }
        for (Officer officer : society.getOfficers()) {
            if (officer.getName().strip().equals(name)
                    && (birthDate == null || officer.getBirthDate() == null || birthDate.equals(officer.getBirthDate()))) {
                return true;
            }
        }
        return false;
    }
}
