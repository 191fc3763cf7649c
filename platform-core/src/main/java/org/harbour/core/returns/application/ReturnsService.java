package org.harbour.core.returns.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.transaction.Transactional;
import org.harbour.core.access.application.CurrentAccess;
import org.harbour.core.audit.application.AuditLog;
import org.harbour.core.returns.domain.ReturnRun;
import org.harbour.core.returns.domain.ReturnRunFile;
import org.harbour.core.returns.domain.Sha256;
import org.harbour.core.returns.infrastructure.ReturnRunRepository;
import org.harbour.core.spi.access.SystemWork;
import org.harbour.core.spi.error.AccessRefusedException;
import org.harbour.core.spi.error.InvalidInputException;
import org.harbour.core.spi.error.RecordNotFoundException;
import org.harbour.core.spi.returns.ReturnDefinition;
import org.harbour.core.spi.returns.ReturnFile;
import org.harbour.core.spi.returns.ReturnOutput;
import org.harbour.core.spi.returns.ReturnPeriod;
import org.harbour.core.spi.returns.StatutoryReturn;
import org.harbour.core.spi.returns.ValidationMessage;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Runs the statutory returns modules contribute, for a period, as the signed-in member of staff,
 * and keeps each run: files with their SHA-256 and size, and the validator's messages. Which
 * permission a return needs is the contributing module's choice, so it is checked here for each
 * return rather than by a fixed {@code @Requires}: the role must grant it and the module must be
 * switched on for one of the user's service areas. Every run, read of messages and download is
 * audited, and so is every refusal.
 */
@ApplicationScoped
@Transactional(dontRollbackOn = {AccessRefusedException.class, RecordNotFoundException.class})
public class ReturnsService {

    /** Runs are audited under this record type with the run's id; refusals before a run exists, under {@code return}. */
    public static final String RECORD_TYPE = "return-run";
    public static final String RETURN_TYPE = "return";
    static final String RUN = "RETURN_RUN";
    static final String VIEW = "RETURN_VIEW";
    static final String MESSAGES = "RETURN_MESSAGES_VIEW";
    static final String DOWNLOAD = "RETURN_DOWNLOAD";

    @Inject
    private ReturnCatalogue catalogue;

    @Inject
    private ReturnRunRepository runs;

    @Inject
    private CurrentAccess access;

    @Inject
    private AuditLog audit;

    @Inject
    private SecurityContext securityContext;

    private final Clock clock = Clock.systemUTC();

    /** The returns the user may run, by title, each with the period in progress today. */
    public List<AvailableReturn> available() {
        LocalDate today = LocalDate.now(clock);
        return catalogue.all().stream().map(StatutoryReturn::definition).filter(this::mayRun)
                .map(d -> new AvailableReturn(d.id(), d.title(), d.moduleId(), d.periodRule().describe(),
                        d.periodRule().containing(today).label()))
                .toList();
    }

    /** Produces and validates the return for the period named (e.g. {@code 2025-26}) and stores the run. */
    public ReturnRunView run(String returnId, String periodLabel) {
        StatutoryReturn contribution = catalogue.find(returnId).orElseThrow(() -> new UnknownReturnException(returnId));
        ReturnDefinition definition = contribution.definition();
        require(definition, RUN, RETURN_TYPE, definition.id());
        ReturnPeriod period = definition.periodRule().period(periodLabel);
        if (period.start().isAfter(LocalDate.now(clock))) {
            throw new InvalidInputException("period", "The period " + period.label() + " has not started yet.");
        }
        ReturnOutput output = ReturnRunScope.during(definition.id(), () -> contribution.run(period));
        List<ReturnFile> files = output.files();
        requireDistinctNames(definition, files);
        List<ValidationMessage> messages = output.messages();
        int errors = (int) messages.stream().filter(m -> m.severity() == ValidationMessage.Severity.ERROR).count();
        ReturnRun run = runs.save(new ReturnRun(definition, period, username(), clock.instant(), errors,
                        messages.size() - errors), files, files.stream().map(f -> Sha256.hex(f.content())).toList(),
                messages);
        runs.saveCounts(run.getId(), output.counts());
        ReturnRunView view = ReturnRunView.of(run, runs.filesOf(run.getId()), comparison(run));
        audit.success(RUN, RECORD_TYPE, Long.toString(run.getId()), definition.id() + " for " + period.label() + ": "
                + files.size() + " file(s), " + errors + " error(s), " + view.warnings() + " warning(s)");
        return view;
    }

    /** Runs the user may see (those of returns they may run), newest first; of one return when an id is given. */
    public List<ReturnRunView> runs(String returnId) {
        Set<String> visible = new HashSet<>();
        if (returnId != null) {
            StatutoryReturn one = catalogue.find(returnId).orElseThrow(() -> new UnknownReturnException(returnId));
            require(one.definition(), VIEW, RETURN_TYPE, returnId);
            visible.add(returnId);
        } else {
            catalogue.all().stream().map(StatutoryReturn::definition).filter(this::mayRun)
                    .forEach(d -> visible.add(d.id()));
        }
        return runs.runsOf(visible).stream().map(r -> ReturnRunView.of(r, runs.filesOf(r.getId()))).toList();
    }

    public ReturnRunView find(long runId) {
        ReturnRun run = permittedRun(runId, VIEW);
        return ReturnRunView.of(run, runs.filesOf(runId), comparison(run));
    }

    /** The run's headline counts beside those of the latest run for the period just before it. */
    private List<ReturnRunView.Comparison> comparison(ReturnRun run) {
        Optional<ReturnRun> previous = runs.latestEndingOn(run.getReturnId(), run.getPeriodStart().minusDays(1));
        Map<String, Long> before = new HashMap<>();
        previous.ifPresent(p -> runs.countsOf(p.getId()).forEach(c -> before.put(c.getName(), c.getValue())));
        String label = previous.map(ReturnRun::getPeriodLabel).orElse(null);
        return runs.countsOf(run.getId()).stream()
                .map(c -> new ReturnRunView.Comparison(c.getName(), c.getValue(), before.containsKey(c.getName())
                        ? label : null, before.get(c.getName())))
                .toList();
    }

    /** The validator's messages of the run, in the order it gave them. */
    public List<ReturnMessageView> messages(long runId) {
        ReturnRun run = permittedRun(runId, MESSAGES);
        List<ReturnMessageView> messages = runs.messagesOf(run.getId()).stream().map(ReturnMessageView::of).toList();
        audit.success(MESSAGES, RECORD_TYPE, Long.toString(runId), messages.size() + " message(s)");
        return messages;
    }

    /** A file of the run exactly as it was produced; refused if its bytes no longer match the SHA-256 taken then. */
    public ReturnDownload download(long runId, long fileId) {
        ReturnRun run = permittedRun(runId, DOWNLOAD);
        ReturnRunFile file = runs.filesOf(run.getId()).stream().filter(f -> f.getId() == fileId).findFirst()
                .orElseThrow(() -> new RecordNotFoundException(fileId));
        byte[] content = runs.contentOf(fileId).orElseThrow(() -> new RecordNotFoundException(fileId));
        if (!Sha256.hex(content).equals(file.getSha256())) {
            audit.failure(DOWNLOAD, RECORD_TYPE, Long.toString(runId), file.getFileName() + " does not match its SHA-256");
            throw new IllegalStateException("File " + fileId + " of return run " + runId + " no longer matches its SHA-256");
        }
        audit.success(DOWNLOAD, RECORD_TYPE, Long.toString(runId), file.getFileName() + " sha256 " + file.getSha256());
        return new ReturnDownload(file.getFileName(), file.getMediaType(), content, file.getSha256());
    }

    private ReturnRun permittedRun(long runId, String action) {
        ReturnRun run = runs.find(runId).orElseThrow(() -> new RecordNotFoundException(runId));
        // A run of a return no module contributes any more is kept, but only its module could say who may read it.
        StatutoryReturn contribution = catalogue.find(run.getReturnId()).orElseThrow(() -> new RecordNotFoundException(runId));
        require(contribution.definition(), action, RECORD_TYPE, Long.toString(runId));
        return run;
    }

    private boolean mayRun(ReturnDefinition definition) {
        return refusal(definition) == null;
    }

    private String refusal(ReturnDefinition definition) {
        if (SystemWork.isActive()) {
            return null;
        }
        if (!access.canUseModule(definition.moduleId())) {
            return "The module '" + definition.moduleId() + "' is not switched on for your service area, "
                    + "or your role does not include it.";
        }
        return access.has(definition.permission()) ? null
                : "Running and reading " + definition.title() + " needs the permission '" + definition.permission()
                  + "', which none of your roles has.";
    }

    private void require(ReturnDefinition definition, String action, String recordType, String recordId) {
        String refusal = refusal(definition);
        if (refusal != null) {
            audit.denied(action, recordType, recordId, definition.id() + ": " + refusal);
            throw new AccessRefusedException(refusal);
        }
    }

    private static void requireDistinctNames(ReturnDefinition definition, List<ReturnFile> files) {
        Set<String> names = new HashSet<>();
        for (ReturnFile file : files) {
            if (!names.add(file.name())) {
                throw new IllegalStateException("Return " + definition.id() + " produced two files named " + file.name());
            }
        }
    }

    private String username() {
        if (SystemWork.isActive()) {
            return AuditLog.SYSTEM;
        }
        Principal caller = securityContext.getCallerPrincipal();
        if (caller == null) {
            throw new AccessRefusedException("A return is run by a signed-in member of staff.");
        }
        return caller.getName();
    }
}
