package org.harbour.send.letter.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.harbour.send.SendPermissions;
import org.harbour.send.access.application.SendAccess;
import org.harbour.send.access.web.PageActions;
import org.harbour.send.letter.application.ReviewLetterService;
import org.harbour.send.letter.application.LetterView;
import org.harbour.send.letter.application.ReviewLetters;
import org.harbour.send.letter.domain.SentBy;
import org.omnifaces.util.Messages;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The letters part of send/review.xhtml: the letters sent to the family after the annual review,
 * with their PDFs, and the form recording the sending of a decision's letter. Keeps only the
 * review's id and the form's inputs between requests.
 */
@Named
@ViewScoped
public class ReviewLettersPanel implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ReviewLetterService letters;

    @Inject
    private SendAccess access;

    private Long reviewId;
    private transient ReviewLetters current;
    /** The HTTP request the letters were read in: each request reads them again, after whatever it changed. */
    private transient Object readIn;
    private String kind;
    private LocalDate sentOn = LocalDate.now(Clock.systemUTC());
    private String sentBy = SentBy.POST.name();

    @PostConstruct
    void init() {
        String id = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
        try {
            reviewId = id == null ? null : Long.valueOf(id);
        } catch (NumberFormatException e) {
            reviewId = null;
        }
    }

    public ReviewLetters getLetters() {
        Object request = FacesContext.getCurrentInstance().getExternalContext().getRequest();
        if ((current == null || readIn != request) && reviewId != null) {
            current = PageActions.attempt(() -> letters.ofReview(reviewId));
            readIn = request;
        }
        return current;
    }

    public void record() {
        LetterView sent = PageActions.attempt(() -> letters.record(reviewId, kind, sentOn, sentBy));
        if (sent != null) {
            Messages.addGlobalInfo("Letter recorded: " + sent.getKindLabel() + ", sent by " + sent.getSentByLabel().toLowerCase(java.util.Locale.UK) + ".");
            kind = null;
        }
        current = null;
    }

    public boolean isMayRecord() {
        return access.has(SendPermissions.RECORD);
    }

    public List<SentBy> getWays() {
        return List.of(SentBy.values());
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public LocalDate getSentOn() {
        return sentOn;
    }

    public void setSentOn(LocalDate sentOn) {
        this.sentOn = sentOn;
    }

    public String getSentBy() {
        return sentBy;
    }

    public void setSentBy(String sentBy) {
        this.sentBy = sentBy;
    }
}
