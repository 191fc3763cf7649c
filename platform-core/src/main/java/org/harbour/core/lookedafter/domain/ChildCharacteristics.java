package org.harbour.core.lookedafter.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * What the Children in Need census needs about a child that the person's details do not hold: the
 * child's disabilities as the census codes them (NONE, or one or more of MOB, HAND, PC, INC, COMM,
 * LD, HEAR, VIS, BEH, CON, AUT, DDA) and, for a child without a UPN, why it is not known
 * (UPNunknown). One per child.
 */
@Entity(name = "ChildCharacteristics")
@Table(name = "core_child_characteristics")
public class ChildCharacteristics extends Recorded {

    // Space-separated codes: a child has a handful at most, always read and written together.
    @Column(length = 80)
    private String disabilities;
    @Column(name = "upn_unknown", length = 3)
    private String upnUnknown;

    protected ChildCharacteristics() {
    }

    public ChildCharacteristics(long personId, String recordedBy, Instant recordedAt) {
        super(personId, recordedBy, recordedAt);
    }

    public List<String> getDisabilities() {
        return disabilities == null || disabilities.isBlank() ? List.of()
                : Arrays.stream(disabilities.trim().split("\\s+")).toList();
    }

    public void setDisabilities(List<String> codes) {
        this.disabilities = codes == null || codes.isEmpty() ? null : String.join(" ", codes);
    }

    public String getUpnUnknown() { return upnUnknown; }
    public void setUpnUnknown(String v) { this.upnUnknown = v; }
}
