package org.harbour.continuingcare.panel.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.harbour.continuingcare.CarePermissions;
import org.harbour.continuingcare.access.application.CareAccess;
import org.harbour.continuingcare.panel.domain.AgendaItem;
import org.harbour.continuingcare.panel.domain.Meeting;
import org.harbour.continuingcare.panel.domain.Outcome;
import org.harbour.continuingcare.panel.domain.Panel;
import org.harbour.continuingcare.panel.domain.PanelFunction;
import org.harbour.continuingcare.panel.domain.PanelMember;
import org.harbour.continuingcare.panel.infrastructure.PanelRepository;
import org.harbour.continuingcare.referral.application.Children;
import org.harbour.continuingcare.referral.application.ReferralService;
import org.harbour.continuingcare.referral.application.ReferralView;
import org.harbour.continuingcare.referral.domain.Referral;
import org.harbour.core.spi.access.Requires;
import org.harbour.core.spi.error.ActionRefusedException;
import org.harbour.core.spi.error.EditConflictException;
import org.harbour.core.spi.error.InvalidInputException;
import org.harbour.core.spi.error.RecordNotFoundException;
import org.harbour.core.spi.error.RuleRefusedException;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Panels, meetings, agendas and decisions. Three rules hold here on the server: a case is listed
 * only on a panel whose function is the question and only while that question is undecided (the
 * refusal says where it was decided); a decision needs a quorum of decision-makers present; and
 * a decision has reasons, and a deferral has actions and a date.
 */
@ApplicationScoped
@Transactional(dontRollbackOn = {RecordNotFoundException.class, ActionRefusedException.class, RuleRefusedException.class})
@Requires(CarePermissions.ACCESS)
public class PanelService {

    public static final String PANEL_UPDATE = "CC_PANEL_UPDATE";
    public static final String AGENDA = "CC_AGENDA_LIST";
    public static final String DECISION = "CC_DECISION_RECORD";
    public static final String MEETING_VIEW = "CC_MEETING_VIEW";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy");

    @Inject
    private PanelRepository repository;

    @Inject
    private CareAccess access;

    @Inject
    private ReferralService referrals;

    @Inject
    private Children children;

    public Panel createPanel(@NotNull @Valid PanelForm form) {
        access.requirePermission(CarePermissions.ADMINISTER, PANEL_UPDATE, "continuing-care-panel", "new");
        PanelFunction function = parse(PanelFunction.class, form.getFunction(), "function");
        checkQuorum(form);
        if (repository.nameTaken(form.getName().trim(), null)) {
            throw new InvalidInputException("name", "A panel of that name exists already.");
        }
        Panel panel = new Panel(form.getName().trim(), function, form.getTermsOfReference().trim(), form.getQuorum(),
                access.username(), access.clock().instant());
        form.getMembers().forEach(m -> panel.addMember(m.getName().trim(), m.getRole().trim(), m.getAgency().trim(), m.isDecisionMaker()));
        repository.add(panel);
        access.success(PANEL_UPDATE, "continuing-care-panel", Long.toString(panel.getId()), "panel created");
        return panel;
    }

    /** Changes a panel set up earlier: refused with who changed it when if the version read is not the latest. */
    public Panel updatePanel(long panelId, @NotNull @Valid PanelForm form) {
        access.requirePermission(CarePermissions.ADMINISTER, PANEL_UPDATE, "continuing-care-panel", Long.toString(panelId));
        Panel panel = repository.panel(panelId).orElseThrow(() -> new RecordNotFoundException(-1));
        if (form.getVersion() == null) {
            throw new InvalidInputException("version", "Send the version you read, so that no one's change is lost.");
        }
        if (panel.getVersion() != form.getVersion()) {
            throw new EditConflictException(panel.getUpdatedBy(), panel.getUpdatedAt());
        }
        PanelFunction function = parse(PanelFunction.class, form.getFunction(), "function");
        checkQuorum(form);
        if (function != panel.getFunction() && repository.hasHeardCases(panelId)) {
            throw new InvalidInputException("function", "This panel has heard cases as a " + panel.getFunction().getLabel()
                    .toLowerCase(Locale.ROOT) + " panel: its function stays, so no question is heard twice. Set up a new panel instead.");
        }
        if (repository.nameTaken(form.getName().trim(), panelId)) {
            throw new InvalidInputException("name", "A panel of that name exists already.");
        }
        Map<Long, PanelForm.Member> kept = new HashMap<>();
        form.getMembers().stream().filter(m -> m.getId() != null).forEach(m -> kept.put(m.getId(), m));
        for (PanelMember member : List.copyOf(panel.getMembers())) {
            PanelForm.Member changed = kept.remove(member.getId());
            if (changed != null) {
                member.change(changed.getName().trim(), changed.getRole().trim(), changed.getAgency().trim(), changed.isDecisionMaker());
            } else if (repository.attendedAnyMeeting(member)) {
                throw new InvalidInputException("members", member.getName() + " attended meetings of this panel and stays on its record.");
            } else {
                panel.removeMember(member);
            }
        }
        if (!kept.isEmpty()) {
            throw new InvalidInputException("members", "Change the members of this panel only.");
        }
        form.getMembers().stream().filter(m -> m.getId() == null)
                .forEach(m -> panel.addMember(m.getName().trim(), m.getRole().trim(), m.getAgency().trim(), m.isDecisionMaker()));
        panel.change(form.getName().trim(), function, form.getTermsOfReference().trim(), form.getQuorum());
        panel.touched(access.username(), access.clock().instant());
        repository.flush();
        access.success(PANEL_UPDATE, "continuing-care-panel", Long.toString(panelId), "panel changed");
        return panel;
    }

    public Panel panel(long panelId) {
        access.requirePermission(CarePermissions.ACCESS, MEETING_VIEW, "continuing-care-panel", Long.toString(panelId));
        return repository.panel(panelId).orElseThrow(() -> new RecordNotFoundException(-1));
    }

    private static void checkQuorum(PanelForm form) {
        long decisionMakers = form.decisionMakers();
        if (!Panel.isQuorumReachable(form.getQuorum(), decisionMakers)) {
            throw new InvalidInputException("quorum", "The quorum (" + form.getQuorum() + ") is more than the panel's "
                    + decisionMakers + " decision-maker(s): name the decision-makers among the members.");
        }
    }

    public List<Panel> panels() {
        access.requirePermission(CarePermissions.ACCESS, MEETING_VIEW, "module", "continuing-care");
        return repository.panels();
    }

    public List<Meeting> meetingsOf(long panelId) {
        access.requirePermission(CarePermissions.ACCESS, MEETING_VIEW, "continuing-care-panel", Long.toString(panelId));
        return repository.meetingsOf(panelId);
    }

    public MeetingView scheduleMeeting(long panelId, LocalDate meetsOn) {
        access.requirePermission(CarePermissions.PANEL_CHAIR, PANEL_UPDATE, "continuing-care-panel", Long.toString(panelId));
        Panel panel = repository.panel(panelId).orElseThrow(() -> new RecordNotFoundException(-1));
        if (meetsOn == null) {
            throw new InvalidInputException("meetsOn", "Enter the day the panel meets.");
        }
        Meeting meeting = new Meeting(panel, meetsOn, access.username(), access.clock().instant());
        repository.add(meeting);
        access.success(PANEL_UPDATE, "continuing-care-meeting", Long.toString(meeting.getId()), "meeting scheduled");
        return view(meeting);
    }

    /** A meeting; agenda items of children the user may not reach are left out. */
    public MeetingView meeting(long meetingId) {
        Meeting meeting = meetingFor(meetingId, CarePermissions.ACCESS, MEETING_VIEW);
        MeetingView view = view(meeting);
        view.getItems().forEach(i -> access.success(MEETING_VIEW, i.getPersonId(), "meeting " + meetingId));
        return view;
    }

    private Meeting meetingFor(long meetingId, String permission, String action) {
        access.requirePermission(permission, action, "continuing-care-meeting", Long.toString(meetingId));
        return repository.meeting(meetingId).orElseThrow(() -> new RecordNotFoundException(-1));
    }

    private MeetingView view(Meeting meeting) {
        List<AgendaItem> items = repository.itemsOf(meeting.getId()).stream().filter(i -> access.mayReach(i.getPersonId())).toList();
        return new MeetingView(meeting, items, children::nameOf);
    }

    /** Cases of children the user may reach that are ready for a panel of this function. */
    public List<ReferralView> readyFor(PanelFunction function) {
        return referrals.atStages(function.readyStages());
    }

    /** The single decision point: lists the case unless its question is decided, or listed elsewhere, or not ready. */
    public MeetingView list(long meetingId, long referralId) {
        Meeting meeting = meetingFor(meetingId, CarePermissions.PANEL_MEMBER, AGENDA);
        Referral referral = referrals.referral(referralId, CarePermissions.PANEL_MEMBER, AGENDA);
        PanelFunction question = meeting.getPanel().getFunction();
        List<AgendaItem> earlier = repository.listings(referralId, question);
        Optional<AgendaItem> decided = earlier.stream().filter(AgendaItem::isDecided).findFirst();
        if (decided.isPresent()) {
            AgendaItem d = decided.get();
            String where = d.getMeeting().getPanel().getName() + " on " + DAY.format(d.getMeeting().getMeetsOn());
            access.deniedRule(AGENDA, referral.getPersonId(), "already decided at meeting " + d.getMeeting().getId());
            throw new RuleRefusedException("referralId", "This question (" + question.getLabel().toLowerCase(Locale.ROOT)
                    + ") was decided by " + where + ": " + d.getOutcome().getLabel()
                    + ". A case is decided once; it cannot go to another panel for the same question.",
                    List.of("Decided by " + where));
        }
        Optional<AgendaItem> pending = earlier.stream().filter(i -> i.getOutcome() == null).findFirst();
        if (pending.isPresent()) {
            AgendaItem p = pending.get();
            throw new RuleRefusedException("referralId", "The case is already on the agenda of "
                    + p.getMeeting().getPanel().getName() + " on " + DAY.format(p.getMeeting().getMeetsOn()) + ".",
                    List.of("Listed at " + p.getMeeting().getPanel().getName()));
        }
        if (!question.isReadyToHear(referral)) {
            throw new RuleRefusedException("referralId", "The case is not ready for a " + question.getLabel().toLowerCase(Locale.ROOT)
                    + " panel: " + referral.getStatus().getLabel().toLowerCase(Locale.ROOT) + ".", List.of());
        }
        referrals.lockForListing(referral); // of two listings at once, one fails
        repository.add(new AgendaItem(meeting, referralId, referral.getPersonId(), access.username(), access.clock().instant()));
        access.success(AGENDA, referral.getPersonId(), "referral " + referralId + " listed at meeting " + meetingId);
        return view(meeting);
    }

    public MeetingView recordAttendance(long meetingId, Set<Long> present, Long version) {
        Meeting meeting = meetingFor(meetingId, CarePermissions.PANEL_CHAIR, PANEL_UPDATE);
        if (version == null) {
            throw new InvalidInputException("version", "Send the version you read, so that no one's change is lost.");
        }
        if (meeting.getVersion() != version) {
            throw new EditConflictException(meeting.getUpdatedBy(), meeting.getUpdatedAt());
        }
        Set<Long> members = Set.copyOf(meeting.getPanel().getMembers().stream().map(m -> m.getId()).toList());
        if (present == null || !members.containsAll(present)) {
            throw new InvalidInputException("present", "Record attendance of the panel's own members only.");
        }
        meeting.recordAttendance(present);
        meeting.touched(access.username(), access.clock().instant());
        repository.flush();
        access.success(PANEL_UPDATE, "continuing-care-meeting", Long.toString(meetingId), "attendance " + present.size());
        return view(meeting);
    }

    /** Records the decision: refused, naming the absent decision-makers, unless the meeting is quorate. */
    public MeetingView decide(long itemId, @NotNull @Valid DecisionForm form) {
        AgendaItem item = repository.item(itemId).orElse(null);
        if (item == null) {
            access.requirePermission(CarePermissions.PANEL_CHAIR, DECISION, "continuing-care-agenda", Long.toString(itemId));
            throw new RecordNotFoundException(-1);
        }
        access.require(CarePermissions.PANEL_CHAIR, DECISION, item.getPersonId());
        if (form.getVersion() == null) {
            throw new InvalidInputException("version", "Send the version you read, so that no one's change is lost.");
        }
        if (item.getVersion() != form.getVersion()) {
            throw new EditConflictException(item.getDecidedBy() != null ? item.getDecidedBy() : item.getListedBy(), null);
        }
        if (item.getOutcome() != null) {
            throw new RuleRefusedException("outcome", "The panel has already recorded its decision on this item.", List.of());
        }
        Meeting meeting = item.getMeeting();
        if (meeting.getMeetsOn().isAfter(access.today())) {
            access.deniedRule(DECISION, item.getPersonId(), "meeting " + meeting.getId() + " is in the future");
            throw new RuleRefusedException("outcome", "This meeting is on " + DAY.format(meeting.getMeetsOn())
                    + ", which has not come yet: a panel's decision is recorded on or after the day it meets.",
                    List.of("The meeting is dated " + DAY.format(meeting.getMeetsOn()) + "."));
        }
        if (!meeting.isQuorate()) {
            List<String> absent = meeting.absentDecisionMakers().stream().map(m -> m.getName() + " (" + m.getRole() + ", "
                    + m.getAgency() + ") is not recorded as present").toList();
            access.deniedRule(DECISION, item.getPersonId(), "not quorate at meeting " + meeting.getId());
            throw new RuleRefusedException("outcome", "The panel is not quorate: " + meeting.decisionMakersPresent() + " of the "
                    + meeting.getPanel().getQuorum() + " decision-makers needed are present, so no decision can be recorded.", absent);
        }
        Outcome outcome = parse(Outcome.class, form.getOutcome(), "outcome");
        String actions = form.getActions() == null || form.getActions().isBlank() ? null : form.getActions().trim();
        if (outcome == Outcome.DEFERRED && (actions == null || form.getDeferredUntil() == null)) {
            throw new InvalidInputException(actions == null ? "actions" : "deferredUntil",
                    "A deferral needs the actions agreed and the date by which the case comes back.");
        }
        if (outcome == Outcome.DEFERRED && !form.getDeferredUntil().isAfter(meeting.getMeetsOn())) {
            throw new InvalidInputException("deferredUntil", "The case comes back after this meeting.");
        }
        item.decide(outcome, form.getReasons().trim(), actions, outcome == Outcome.DEFERRED ? form.getDeferredUntil() : null,
                access.username(), meeting.getMeetsOn());
        if (item.getQuestion() == PanelFunction.FUNDING_DECISION) {
            referrals.decided(item.getReferralId(), outcome.name(), meeting.getMeetsOn(), outcome == Outcome.DEFERRED);
        }
        repository.flush();
        access.success(DECISION, item.getPersonId(), "item " + itemId + " " + outcome);
        return view(meeting);
    }

    /** An agenda item after the permission and need-to-know checks. */
    public AgendaItem item(long itemId, String permission, String action) {
        AgendaItem item = repository.item(itemId).orElse(null);
        if (item == null) {
            access.requirePermission(permission, action, "continuing-care-agenda", Long.toString(itemId));
            throw new RecordNotFoundException(-1);
        }
        access.require(permission, action, item.getPersonId());
        return item;
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
        try {
            return Enum.valueOf(type, value == null ? "" : value.trim());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, "'" + value + "' is not one of the choices.");
        }
    }
}
