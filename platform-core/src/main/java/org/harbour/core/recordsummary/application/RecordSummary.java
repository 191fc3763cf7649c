package org.harbour.core.recordsummary.application;

import org.harbour.core.recordsummary.application.ReviewSchedule.DueReview;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The top of a child's record as a worker used to LCS or Mosaic expects it: alerts, legal status
 * and placement, key professionals, open involvements with their sign-off, and reviews due.
 */
public final class RecordSummary implements Serializable {

    private static final long serialVersionUID = 1L;

    private final List<AlertLine> alerts;
    private final String legalStatus;
    private final String placement;
    private final LocalDate placedSince;
    private final List<ProfessionalLine> professionals;
    private final List<InvolvementLine> involvements;
    private final List<DueReview> reviews;
    private final boolean writable;
    private final List<String> personAlerts;

    public RecordSummary(List<String> personAlerts, List<AlertLine> alerts, String legalStatus, String placement, LocalDate placedSince,
                         List<ProfessionalLine> professionals, List<InvolvementLine> involvements,
                         List<DueReview> reviews, boolean writable) {
        this.personAlerts = List.copyOf(personAlerts);
        this.alerts = List.copyOf(alerts);
        this.legalStatus = legalStatus;
        this.placement = placement;
        this.placedSince = placedSince;
        this.professionals = List.copyOf(professionals);
        this.involvements = List.copyOf(involvements);
        this.reviews = List.copyOf(reviews);
        this.writable = writable;
    }

    public List<AlertLine> getAlerts() {
        return alerts;
    }

    /** The plain alerts kept on the person's identifying details (no type or dates), shown beside these. */
    public List<String> getPersonAlerts() {
        return personAlerts;
    }

    public List<AlertLine> getCurrentAlerts() {
        return alerts.stream().filter(AlertLine::isInForce).toList();
    }

    /** The legal status of the current placement episode, worded, or null when not looked after. */
    public String getLegalStatus() {
        return legalStatus;
    }

    public String getPlacement() {
        return placement;
    }

    public LocalDate getPlacedSince() {
        return placedSince;
    }

    public List<ProfessionalLine> getProfessionals() {
        return professionals;
    }

    public List<ProfessionalLine> getCurrentProfessionals() {
        return professionals.stream().filter(ProfessionalLine::isCurrent).toList();
    }

    public List<InvolvementLine> getInvolvements() {
        return involvements;
    }

    public List<DueReview> getReviews() {
        return reviews;
    }

    /** Whether the user may add alerts and professionals, flag entries and submit work for sign-off. */
    public boolean isWritable() {
        return writable;
    }

    /** An alert and whether it is in force today. */
    public static final class AlertLine implements Serializable {
        private static final long serialVersionUID = 1L;
        private final AlertForm alert;
        private final boolean inForce;
        private final String recordedBy;

        public AlertLine(AlertForm alert, boolean inForce, String recordedBy) {
            this.alert = alert;
            this.inForce = inForce;
            this.recordedBy = recordedBy;
        }

        public AlertForm getAlert() {
            return alert;
        }

        public boolean isInForce() {
            return inForce;
        }

        public String getRecordedBy() {
            return recordedBy;
        }
    }

    /** A key professional and whether they are involved today. */
    public static final class ProfessionalLine implements Serializable {
        private static final long serialVersionUID = 1L;
        private final ProfessionalForm professional;
        private final boolean current;

        public ProfessionalLine(ProfessionalForm professional, boolean current) {
            this.professional = professional;
            this.current = current;
        }

        public ProfessionalForm getProfessional() {
            return professional;
        }

        public boolean isCurrent() {
            return current;
        }
    }

    /** An open involvement and, for assessments and plans, where its sign-off stands. */
    public static final class InvolvementLine implements Serializable {
        private static final long serialVersionUID = 1L;
        private final long id;
        private final String kind;
        private final String slug;
        private final LocalDate startDate;
        private final boolean signable;
        private final String signOffStatus;
        private final String signOffBy;
        private final Instant signOffAt;
        private final String returnReason;
        private final boolean submittable;

        public InvolvementLine(long id, String kind, String slug, LocalDate startDate, boolean signable,
                               String signOffStatus, String signOffBy, Instant signOffAt, String returnReason,
                               boolean submittable) {
            this.id = id;
            this.kind = kind;
            this.slug = slug;
            this.startDate = startDate;
            this.signable = signable;
            this.signOffStatus = signOffStatus;
            this.signOffBy = signOffBy;
            this.signOffAt = signOffAt;
            this.returnReason = returnReason;
            this.submittable = submittable;
        }

        public long getId() {
            return id;
        }

        public String getKind() {
            return kind;
        }

        public String getSlug() {
            return slug;
        }

        public LocalDate getStartDate() {
            return startDate;
        }

        public boolean isSignable() {
            return signable;
        }

        /** "Awaiting sign-off", "Signed off", "Returned for changes", or "Not submitted". */
        public String getSignOffStatus() {
            return signOffStatus;
        }

        public String getSignOffBy() {
            return signOffBy;
        }

        public Instant getSignOffAt() {
            return signOffAt;
        }

        public String getReturnReason() {
            return returnReason;
        }

        /** Never submitted, or returned: it may go (again) to a manager. */
        public boolean isSubmittable() {
            return submittable;
        }
    }
}
