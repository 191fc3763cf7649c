package org.harbour.youthjustice.child.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.harbour.core.spi.access.Requires;
import org.harbour.core.spi.error.ActionRefusedException;
import org.harbour.core.spi.error.RecordNotFoundException;
import org.harbour.youthjustice.YjPermissions;
import org.harbour.youthjustice.access.application.YjAccess;
import org.harbour.youthjustice.assessment.application.AssessmentView;
import org.harbour.youthjustice.assessment.infrastructure.AssessmentRepository;
import org.harbour.youthjustice.jdmp.application.JdmpService;
import org.harbour.youthjustice.jdmp.application.JdmpView;
import org.harbour.youthjustice.jdmp.domain.JdmpReferral;
import org.harbour.youthjustice.jdmp.infrastructure.JdmpRepository;
import org.harbour.youthjustice.outcome.application.OutcomeView;
import org.harbour.youthjustice.outcome.infrastructure.OutcomeRepository;
import org.harbour.youthjustice.record.application.ArrestView;
import org.harbour.youthjustice.record.application.InvolvementView;
import org.harbour.youthjustice.record.application.OffenceView;
import org.harbour.youthjustice.record.application.RemandView;
import org.harbour.youthjustice.record.domain.Offence;
import org.harbour.youthjustice.record.infrastructure.RecordRepository;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reads the child's whole youth justice record with one check and one audit entry, for the tab, the record page and the API. */
@ApplicationScoped
@Transactional(dontRollbackOn = {RecordNotFoundException.class, ActionRefusedException.class})
@Requires(YjPermissions.ACCESS)
public class ChildRecordService {

    public static final String VIEW = "YJ_RECORD_VIEW";

    @Inject
    private RecordRepository records;

    @Inject
    private OutcomeRepository outcomes;

    @Inject
    private JdmpRepository panel;

    @Inject
    private AssessmentRepository assessments;

    @Inject
    private YjAccess access;

    public ChildRecordView record(long personId) {
        access.require(YjPermissions.ACCESS, VIEW, personId);
        String name = access.childName(personId);
        List<Offence> offences = records.offencesOf(personId);
        Map<Long, Offence> byId = offences.stream().collect(Collectors.toMap(Offence::getId, Function.identity()));
        ChildRecordView view = new ChildRecordView(personId, name,
                records.openInvolvement(personId).map(i -> new InvolvementView(i, name)).orElse(null),
                offences.stream().map(OffenceView::new).toList(),
                records.arrestsOf(personId).stream().map(ArrestView::new).toList(),
                outcomes.ofChild(personId).stream().map(OutcomeView::new).toList(),
                panel.ofChild(personId).stream().map(r -> panelView(r, name, byId.get(r.getOffenceId()))).toList(),
                records.remandsOf(personId).stream().map(RemandView::new).toList(),
                assessments.ofChild(personId).stream().map(a -> new AssessmentView(a, access.today())).toList());
        access.success(VIEW, personId, "youth justice record");
        return view;
    }

    private JdmpView panelView(JdmpReferral r, String name, Offence offence) {
        String decision = r.getDecisionCode() == null ? null
                : outcomes.type(r.getDecisionCode()).map(t -> t.getLabel()).orElse(r.getDecisionCode());
        return new JdmpView(r, name, JdmpService.describe(offence), decision, access.today());
    }
}
