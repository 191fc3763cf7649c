package org.harbour.core.recordsummary.application;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.harbour.core.recordsummary.domain.KeyProfessional;

import java.io.Serializable;
import java.time.LocalDate;

/** A key professional as a worker enters them; with an id and the version they loaded when changing one. */
public class ProfessionalForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private Long version;

    @NotBlank(message = "Give the professional's role, e.g. GP or class teacher.")
    @Size(max = 80, message = "Keep the role under 80 characters.")
    private String role;

    @NotBlank(message = "Give the professional's name.")
    @Size(max = 120, message = "Keep the name under 120 characters.")
    private String name;

    @Size(max = 160, message = "Keep the organisation under 160 characters.")
    private String organisation;

    @Size(max = 40, message = "Keep the phone number under 40 characters.")
    @Pattern(regexp = "^$|^[0-9+() -]{6,40}$", message = "Enter a phone number of digits, spaces and + ( ) - only.")
    private String phone;

    @Size(max = 160, message = "Keep the email address under 160 characters.")
    @Email(message = "Enter an email address such as name@school.sch.uk.")
    private String email;

    @NotNull(message = "Give the date they became involved.")
    private LocalDate startsOn;

    private LocalDate endsOn;

    public static ProfessionalForm of(KeyProfessional p) {
        ProfessionalForm f = new ProfessionalForm();
        f.id = p.getId();
        f.version = p.getVersion();
        f.role = p.getRole();
        f.name = p.getName();
        f.organisation = p.getOrganisation();
        f.phone = p.getPhone();
        f.email = p.getEmail();
        f.startsOn = p.getStartsOn();
        f.endsOn = p.getEndsOn();
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

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
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
