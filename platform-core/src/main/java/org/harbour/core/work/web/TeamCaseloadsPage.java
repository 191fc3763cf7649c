package org.harbour.core.work.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.harbour.core.access.application.CurrentAccess;
import org.harbour.core.caseload.application.CaseloadItem;
import org.harbour.core.caseload.application.CaseloadService;
import org.harbour.core.caseload.application.WorkerCaseload;
import org.harbour.core.work.application.ChildWork;
import org.harbour.core.work.application.WorkList;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Backs team/caseloads.xhtml: each worker of the manager's service areas, their caseload and what is overdue. */
@Named
@ViewScoped
public class TeamCaseloadsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CaseloadService caseloads;

    @Inject
    private WorkList workList;

    @Inject
    private CurrentAccess access;

    private List<WorkerRow> workers;

    /** A worker with their children's work; getters for EL. */
    public static final class WorkerRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private final WorkerCaseload worker;
        private final List<ChildWork> children;

        WorkerRow(WorkerCaseload worker, List<ChildWork> children) {
            this.worker = worker;
            this.children = children;
        }

        public String getUsername() {
            return worker.getUsername();
        }

        public String getDisplayName() {
            return worker.getDisplayName();
        }

        public String getJobTitle() {
            return worker.getJobTitle();
        }

        public int getCaseloadSize() {
            return worker.getCaseloadSize();
        }

        public long getOverdueCount() {
            return children.stream().mapToLong(ChildWork::getOverdueCount).sum();
        }

        public List<ChildWork> getChildren() {
            return children;
        }
    }

    @PostConstruct
    void load() {
        LocalDate today = LocalDate.now(Clock.systemUTC());
        List<WorkerCaseload> team = caseloads.teamCaseloads(today);
        List<CaseloadItem> all = team.stream().flatMap(w -> w.getCases().stream()).toList();
        Map<Long, ChildWork> work = workList.withWork(all, today, access::shows).stream()
                .collect(Collectors.toMap(w -> w.getChild().getCaseId(), w -> w, (a, b) -> a));
        workers = new ArrayList<>();
        for (WorkerCaseload w : team) {
            workers.add(new WorkerRow(w, w.getCases().stream().map(c -> work.get(c.getCaseId()))
                    .sorted(java.util.Comparator.comparing((ChildWork c) -> !c.isOverdue())
                            .thenComparing(c -> c.getChild().getChildName()))
                    .toList()));
        }
    }

    public List<WorkerRow> getWorkers() {
        return workers;
    }

    public int getCaseCount() {
        return workers.stream().mapToInt(WorkerRow::getCaseloadSize).sum();
    }

    public long getOverdueCount() {
        return workers.stream().mapToLong(WorkerRow::getOverdueCount).sum();
    }
}
