package org.harbour.youthjustice.custody.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.time.LocalDate;

/** A custody episode as recorded: the custodial order it serves, the establishment and the day custody began. */
public class CustodyForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull(message = "Choose the custodial order.")
    private Long orderId;

    @NotBlank(message = "Choose the type of establishment.")
    private String establishmentType;

    @NotBlank(message = "Name the establishment.")
    @Size(max = 120, message = "The establishment's name is at most 120 characters.")
    private String establishmentName;

    @NotNull(message = "Enter the day custody began.")
    @PastOrPresent(message = "Record custody once it has begun.")
    private LocalDate startedOn;

    public Long getOrderId() { return orderId; }
    public void setOrderId(Long orderId) { this.orderId = orderId; }
    public String getEstablishmentType() { return establishmentType; }
    public void setEstablishmentType(String v) { this.establishmentType = v; }
    public String getEstablishmentName() { return establishmentName; }
    public void setEstablishmentName(String v) { this.establishmentName = v; }
    public LocalDate getStartedOn() { return startedOn; }
    public void setStartedOn(LocalDate startedOn) { this.startedOn = startedOn; }
}
