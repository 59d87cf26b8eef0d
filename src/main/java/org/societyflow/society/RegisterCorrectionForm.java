package org.societyflow.society;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import lombok.Getter;
import lombok.Setter;

/**
 * A 更正 of the register's data errors (docs/RULES.md, 更正): the correctable particulars as they should read, and why.
 * A particular left out (null) or equal to the register is not corrected. The portal shows it filled with the register.
 */
@Getter
@Setter
public class RegisterCorrectionForm {

    @Size(max = 200)
    private String address;
    @Size(max = 1000)
    private String businessScope;
    @Size(max = 32)
    private String contactPhone;
    private LocalDate registeredOn;
    @DecimalMin("0") @Digits(integer = 13, fraction = 2)
    private BigDecimal registeredFunds;
    @PositiveOrZero
    private Integer membersIndividual;
    @PositiveOrZero
    private Integer membersUnit;
    @Valid
    private List<OfficerBirthDate> officers = new ArrayList<>();
    @NotBlank @Size(max = 1000)
    private String reason;

    /** An officer's birth date as it should read. */
    @Getter
    @Setter
    public static class OfficerBirthDate {
        @NotNull
        private Long id;
        private LocalDate birthDate;
    }

    /** The form filled with the register, for the portal. */
    static RegisterCorrectionForm of(Society society) {
        RegisterCorrectionForm form = new RegisterCorrectionForm();
        form.address = society.getAddress();
        form.businessScope = society.getBusinessScope();
        form.contactPhone = society.getContactPhone();
        form.registeredOn = society.getRegisteredOn();
        form.registeredFunds = society.getRegisteredFunds();
        form.membersIndividual = society.getMembersIndividual();
        form.membersUnit = society.getMembersUnit();
        society.getOfficers().forEach(o -> {
            OfficerBirthDate line = new OfficerBirthDate();
            line.id = o.getId();
            line.birthDate = o.getBirthDate();
            form.officers.add(line);
        });
        return form;
    }
}
