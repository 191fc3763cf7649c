package org.harbour.continuingcare.packages.application;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A package as proposed or changed: provider, type, start, weekly cost. */
public class PackageForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "Name the provider.")
    @Size(max = 200, message = "Keep the provider's name to 200 characters.")
    private String provider;

    @NotBlank(message = "Choose the type of package.")
    private String type;

    @NotNull(message = "Enter the day the package starts (or would start).")
    private LocalDate startDate;

    private LocalDate endDate;

    @NotNull(message = "Enter the cost per week.")
    @DecimalMin(value = "0.00", message = "A weekly cost cannot be negative.")
    @DecimalMax(value = "99999999.99", message = "That weekly cost is too large.")
    @Digits(integer = 8, fraction = 2, message = "Enter the weekly cost in pounds and pence, e.g. 1250.50.")
    private BigDecimal weeklyCost;

    private Long version;

    public String getProvider() {
        return provider;
    }

    public void setProvider(String provider) {
        this.provider = provider;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public void setEndDate(LocalDate endDate) {
        this.endDate = endDate;
    }

    public BigDecimal getWeeklyCost() {
        return weeklyCost;
    }

    public void setWeeklyCost(BigDecimal weeklyCost) {
        this.weeklyCost = weeklyCost;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
