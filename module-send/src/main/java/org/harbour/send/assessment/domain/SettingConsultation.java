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
import org.harbour.send.register.domain.EducationSetting;

import java.time.LocalDate;

/**
 * A school, college or other setting consulted on the draft plan about being named in it: it has
 * 15 days to answer. Changed through its request.
 */
@Entity
@Table(name = "send_consultation")
public class SettingConsultation {

    /** The days a consulted setting has to answer. */
    public static final int ANSWER_DAYS = 15;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "request_id")
    private EhcRequest request;

    @ManyToOne(optional = false)
    @JoinColumn(name = "setting_id")
    private EducationSetting setting;

    @Column(name = "consulted_on", nullable = false)
    private LocalDate consultedOn;

    @Column(name = "answered_on")
    private LocalDate answeredOn;

    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    private ConsultationAnswer answer;

    @Column(length = 1000)
    private String note;

    protected SettingConsultation() {
    }

    SettingConsultation(EhcRequest request, EducationSetting setting, LocalDate consultedOn) {
        this.request = request;
        this.setting = setting;
        this.consultedOn = consultedOn;
    }

    public LocalDate answerDue() {
        return consultedOn.plusDays(ANSWER_DAYS);
    }

    public boolean isOutstanding() {
        return answer == null;
    }

    public void answered(LocalDate on, ConsultationAnswer answer, String note) {
        if (this.answer != null) {
            throw new IllegalStateException(setting.getName() + " has already answered.");
        }
        if (on.isBefore(consultedOn)) {
            throw new IllegalStateException("The answer cannot come before the setting was consulted on " + consultedOn + ".");
        }
        this.answeredOn = on;
        this.answer = answer;
        this.note = note;
    }

    public Long getId() {
        return id;
    }

    public EducationSetting getSetting() {
        return setting;
    }

    public LocalDate getConsultedOn() {
        return consultedOn;
    }

    public LocalDate getAnsweredOn() {
        return answeredOn;
    }

    public ConsultationAnswer getAnswer() {
        return answer;
    }

    public String getNote() {
        return note;
    }
}
