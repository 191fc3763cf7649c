package org.harbour.continuingcare.panel.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.harbour.continuingcare.panel.domain.AgendaItem;
import org.harbour.continuingcare.panel.domain.Meeting;
import org.harbour.continuingcare.panel.domain.Panel;
import org.harbour.continuingcare.panel.domain.PanelFunction;
import org.harbour.continuingcare.panel.domain.PanelMember;

import java.util.List;
import java.util.Optional;

/** Stored panels, their meetings and agendas. No checks here: the calling services make them. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PanelRepository {

    @PersistenceContext(unitName = "harbour")
    private EntityManager em;

    /** Stores a new panel, meeting or agenda item and gives it its id. */
    public void add(Object panelRecord) {
        em.persist(panelRecord);
        em.flush();
    }

    /** Writes pending changes now, so a conflicting change fails inside the caller's checks. */
    public void flush() {
        em.flush();
    }

    public Optional<Panel> panel(long panelId) {
        return Optional.ofNullable(em.find(Panel.class, panelId));
    }

    public Optional<Meeting> meeting(long meetingId) {
        return Optional.ofNullable(em.find(Meeting.class, meetingId));
    }

    public Optional<AgendaItem> item(long itemId) {
        return Optional.ofNullable(em.find(AgendaItem.class, itemId));
    }

    public List<Panel> panels() {
        return em.createQuery("select p from Panel p order by p.name", Panel.class).getResultList();
    }

    /** Whether another panel (not {@code exceptId}; null for none) has the name. */
    public boolean nameTaken(String name, Long exceptId) {
        return em.createQuery("select count(p) from Panel p where p.name = :n and p.id <> :id", Long.class)
                .setParameter("n", name).setParameter("id", exceptId == null ? -1L : exceptId).getSingleResult() > 0;
    }

    public boolean hasHeardCases(long panelId) {
        return em.createQuery("select count(i) from AgendaItem i where i.meeting.panel.id = :p", Long.class)
                .setParameter("p", panelId).getSingleResult() > 0;
    }

    public boolean attendedAnyMeeting(PanelMember member) {
        return em.createQuery("select count(m) from Meeting m join m.present p where p = :member", Long.class)
                .setParameter("member", member.getId()).getSingleResult() > 0;
    }

    /** The panel's meetings, latest first. */
    public List<Meeting> meetingsOf(long panelId) {
        return em.createQuery("select m from Meeting m where m.panel.id = :p order by m.meetsOn desc", Meeting.class)
                .setParameter("p", panelId).getResultList();
    }

    /** The meeting's agenda in the order listed. */
    public List<AgendaItem> itemsOf(long meetingId) {
        return em.createQuery("select i from AgendaItem i where i.meeting.id = :m order by i.id", AgendaItem.class)
                .setParameter("m", meetingId).getResultList();
    }

    /** Every listing of the referral for the question, at any panel. */
    public List<AgendaItem> listings(long referralId, PanelFunction question) {
        return em.createQuery("select i from AgendaItem i where i.referralId = :r and i.question = :q", AgendaItem.class)
                .setParameter("r", referralId).setParameter("q", question).getResultList();
    }

    /** Decisions about the child, earliest first. */
    public List<AgendaItem> decisionsOf(long personId) {
        return em.createQuery("select i from AgendaItem i where i.personId = :p and i.outcome is not null order by i.decidedOn",
                AgendaItem.class).setParameter("p", personId).getResultList();
    }
}
