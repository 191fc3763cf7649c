package org.harbour.send.letter.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseId;
import jakarta.inject.Inject;
import org.harbour.send.SendPermissions;
import org.harbour.send.access.application.SendAccess;
import org.harbour.send.access.web.PageActions;
import org.harbour.send.letter.application.LetterSending;
import org.harbour.send.letter.application.LetterView;
import org.harbour.send.letter.domain.SentBy;
import org.omnifaces.util.Messages;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The letters part of a page about one record the family is written to about (a request, an annual
 * review): the letters sent, with their PDFs, and the form recording the sending of a decision's
 * letter. Keeps only the record's id (the page's {@code id} parameter) and the form's inputs
 * between requests.
 *
 * @param <L> the record's letters, sent and still to send, as the page shows them
 */
public abstract class LettersPanel<L> implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private SendAccess access;

    private Long recordId;
    private transient L current;
    /**
     * The HTTP request the letters were read in and whether it was rendering then: each request reads them again,
     * and a form posted on the page (a decision made) is followed by a fresh read for the page it renders.
     */
    private transient Object readIn;
    private transient boolean readWhileRendering;
    private final LetterSending sending = new LetterSending();

    /** The record's letters, checked and audited by its letter service. */
    protected abstract L readLetters(long recordId);

    /** Records the sending through the record's letter service, which checks and audits it. */
    protected abstract LetterView recordSending(long recordId, LetterSending sending);

    @PostConstruct
    void init() {
        String id = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
        try {
            recordId = id == null ? null : Long.valueOf(id);
        } catch (NumberFormatException e) {
            recordId = null;
        }
        // Most letters go by post on the day they are recorded.
        sending.setSentOn(LocalDate.now(Clock.systemUTC()));
        sending.setSentBy(SentBy.POST.name());
    }

    public L getLetters() {
        FacesContext faces = FacesContext.getCurrentInstance();
        Object request = faces.getExternalContext().getRequest();
        boolean rendering = faces.getCurrentPhaseId() == PhaseId.RENDER_RESPONSE;
        if ((current == null || readIn != request || rendering && !readWhileRendering) && recordId != null) {
            current = PageActions.attempt(() -> readLetters(recordId));
            readIn = request;
            readWhileRendering = rendering;
        }
        return current;
    }

    public void record() {
        LetterView sent = PageActions.attempt(() -> recordSending(recordId, sending));
        if (sent != null) {
            Messages.addGlobalInfo("Letter recorded: " + sent.getKindLabel() + ", sent by "
                    + sent.getSentByLabel().toLowerCase(Locale.UK) + ".");
            sending.setKind(null);
        }
        current = null;
    }

    public boolean isMayRecord() {
        return access.has(SendPermissions.RECORD);
    }

    public List<SentBy> getWays() {
        return List.of(SentBy.values());
    }

    /** The form's inputs: the decision, the day sent and how. */
    public LetterSending getSending() {
        return sending;
    }
}
