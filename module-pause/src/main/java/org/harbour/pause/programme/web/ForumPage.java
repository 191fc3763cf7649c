package org.harbour.pause.programme.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.harbour.pause.programme.application.ForumService;
import org.harbour.pause.programme.application.ParticipationView;

import java.util.List;

/** Backs pause/forum.xhtml: the forum's agenda. */
@Named("pauseForum")
@RequestScoped
public class ForumPage {

    @Inject
    private ForumService forum;

    private List<ParticipationView> agenda;

    @PostConstruct
    void load() {
        agenda = forum.agenda();
    }

    public List<ParticipationView> getAgenda() {
        return agenda;
    }
}
