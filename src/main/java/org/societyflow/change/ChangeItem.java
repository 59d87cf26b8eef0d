package org.societyflow.change;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import org.societyflow.society.RegisteredField;

/** One requested change: the registered value (filled in by the server) and the requested one. */
@Embeddable
@Getter
public class ChangeItem {

    /** Null on a form row the society did not tick; such rows are dropped. */
    @Enumerated(EnumType.STRING)
    @Column(name = "item")
    private RegisteredField field;
    private String oldValue;
    @Size(max = 4000)
    private String newValue;

    public void setField(RegisteredField v) { field = v; }
    void setOldValue(String v) { oldValue = v; }
    public void setNewValue(String v) { newValue = v; }
}
