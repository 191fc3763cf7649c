package org.harbour.send.letter.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.harbour.send.letter.application.LetterSending;
import org.harbour.send.letter.application.LetterService;
import org.harbour.send.letter.application.LetterView;
import org.harbour.send.letter.application.RequestLetters;

/** The letters part of send/request.xhtml: the letters sent to the family about the request and its plan. */
@Named
@ViewScoped
public class RequestLettersPanel extends LettersPanel<RequestLetters> {

    private static final long serialVersionUID = 1L;

    @Inject
    private LetterService letters;

    @Override
    protected RequestLetters readLetters(long requestId) {
        return letters.ofRequest(requestId);
    }

    @Override
    protected LetterView recordSending(long requestId, LetterSending sending) {
        return letters.record(requestId, sending.getKind(), sending.getSentOn(), sending.getSentBy());
    }
}
