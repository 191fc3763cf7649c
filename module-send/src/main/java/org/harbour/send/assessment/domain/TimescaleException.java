package org.harbour.send.assessment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.harbour.send.timescale.domain.ExceptionGround;
import org.harbour.send.timescale.domain.ExceptionPeriod;

import java.time.LocalDate;

/** A permitted exception recorded on a request with its statutory ground and dates. Changed through its request. */
@Entity
@Table(name = "send_exception")
public class TimescaleException {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "request_id")
    private EhcRequest request;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 1)
    private ExceptionGround ground;

    @Column(name = "from_date", nullable = false)
    private LocalDate fromDate;

    @Column(name = "to_date", nullable = false)
    private LocalDate toDate;

    @Column(length = 1000)
    private String note;

    protected TimescaleException() {
    }

    TimescaleException(EhcRequest request, ExceptionGround ground, LocalDate from, LocalDate to, String note) {
        this.request = request;
        this.ground = ground;
        this.fromDate = from;
        this.toDate = to;
        this.note = note;
    }

    public ExceptionPeriod period() {
        return new ExceptionPeriod(ground, fromDate, toDate);
    }

    public Long getId() {
        return id;
    }

    public ExceptionGround getGround() {
        return ground;
    }

    public LocalDate getFromDate() {
        return fromDate;
    }

    public LocalDate getToDate() {
        return toDate;
    }

    public String getNote() {
        return note;
    }
}
