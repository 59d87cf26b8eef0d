package org.societyflow.workflow;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;

/**
 * What an admin enters to move a case running on paper into SocietyFlow (迁入): the society, the process, the step
 * it has reached, the case's data and why. {@code data} is the JSON object the step needs (the API), or its text (the
 * portal's form).
 */
@Getter
@Setter
public class CaseEntryForm {

    @NotNull
    private Long societyId;
    @NotBlank @Size(max = 64)
    private String processKey;
    @NotBlank @Size(max = 64)
    private String stepId;
    private Object data;
    @NotBlank @Size(max = 1000)
    private String reason;
}
