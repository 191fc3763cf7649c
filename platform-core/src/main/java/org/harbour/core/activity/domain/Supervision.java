package org.harbour.core.activity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import org.harbour.core.caseload.domain.CaseFile;

import java.time.Instant;
import java.time.LocalDate;

/** Case supervision of the worker by a supervisor, with the decisions reached (kept in the body). */
@Entity
@DiscriminatorValue("SUPERVISION")
public class Supervision extends Activity {

    @Column(length = 120)
    private String supervisor;

    protected Supervision() {
    }

    public Supervision(CaseFile caseFile, LocalDate occurredOn, String recordedBy, Instant recordedAt) {
        super(caseFile, occurredOn, recordedBy, recordedAt);
    }

    @Override
    public ActivityKind getKind() {
        return ActivityKind.SUPERVISION;
    }

    @Override
    public String getTitle() {
        return "Supervision with " + supervisor;
    }

    public String getSupervisor() {
        return supervisor;
    }

    public void setSupervisor(String supervisor) {
        this.supervisor = supervisor;
    }
}
