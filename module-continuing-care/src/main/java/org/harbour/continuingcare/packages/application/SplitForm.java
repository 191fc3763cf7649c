package org.harbour.continuingcare.packages.application;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A funding split from a date: each share a percentage with at most two decimals. */
public class SplitForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull(message = "Enter the day the split takes effect.")
    private LocalDate effectiveFrom;

    @NotNull(message = "Enter the health (ICB) share, 0 if none.")
    @DecimalMin(value = "0", message = "A share cannot be negative.")
    @DecimalMax(value = "100", message = "A share cannot be more than 100%.")
    @Digits(integer = 3, fraction = 2, message = "Give shares to at most two decimal places.")
    private BigDecimal health;

    @NotNull(message = "Enter the social care share, 0 if none.")
    @DecimalMin(value = "0", message = "A share cannot be negative.")
    @DecimalMax(value = "100", message = "A share cannot be more than 100%.")
    @Digits(integer = 3, fraction = 2, message = "Give shares to at most two decimal places.")
    private BigDecimal socialCare;

    @NotNull(message = "Enter the education share, 0 if none.")
    @DecimalMin(value = "0", message = "A share cannot be negative.")
    @DecimalMax(value = "100", message = "A share cannot be more than 100%.")
    @Digits(integer = 3, fraction = 2, message = "Give shares to at most two decimal places.")
    private BigDecimal education;

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public void setEffectiveFrom(LocalDate effectiveFrom) {
        this.effectiveFrom = effectiveFrom;
    }

    public BigDecimal getHealth() {
        return health;
    }

    public void setHealth(BigDecimal health) {
        this.health = health;
    }

    public BigDecimal getSocialCare() {
        return socialCare;
    }

    public void setSocialCare(BigDecimal socialCare) {
        this.socialCare = socialCare;
    }

    public BigDecimal getEducation() {
        return education;
    }

    public void setEducation(BigDecimal education) {
        this.education = education;
    }
}
