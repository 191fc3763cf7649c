package org.harbour.core.recordsummary.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.harbour.core.recordsummary.domain.AlertType;
import org.harbour.core.recordsummary.domain.ChildAlert;

import java.io.Serializable;
import java.time.LocalDate;

/** An alert as a worker enters it; with an id and the version they loaded when changing one. */
public class AlertForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private Long version;

    @NotNull(message = "Choose the type of alert.")
    private AlertType type;

    @NotBlank(message = "Say what the alert is about.")
    @Size(max = 500, message = "Keep the alert under 500 characters.")
    private String text;

    @NotNull(message = "Give the date the alert applies from.")
    private LocalDate startsOn;

    private LocalDate endsOn;

    public static AlertForm of(ChildAlert a) {
        AlertForm f = new AlertForm();
        f.id = a.getId();
        f.version = a.getVersion();
        f.type = a.getType();
        f.text = a.getText();
        f.startsOn = a.getStartsOn();
        f.endsOn = a.getEndsOn();
        return f;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public AlertType getType() {
        return type;
    }

    public void setType(AlertType type) {
        this.type = type;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(LocalDate startsOn) {
        this.startsOn = startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(LocalDate endsOn) {
        this.endsOn = endsOn;
    }
}
