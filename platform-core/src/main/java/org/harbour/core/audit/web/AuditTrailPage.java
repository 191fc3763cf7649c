package org.harbour.core.audit.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.harbour.core.audit.application.AuditCriteria;
import org.harbour.core.audit.application.AuditLine;
import org.harbour.core.audit.application.AuditSearch;
import org.harbour.core.audit.application.ChainCheck;
import org.harbour.core.audit.application.ChainVerifier;
import org.omnifaces.util.Messages;
import org.primefaces.PrimeFaces;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Backs audit/trail.xhtml: search the trail, page through it, download it, verify the chain. */
@Named
@ViewScoped
public class AuditTrailPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AuditSearch search;

    @Inject
    private ChainVerifier verifier;

    @Inject
    private AuditChainBanner banner;

    /** What the form holds. */
    private final AuditCriteria criteria = new AuditCriteria();
    /** What the results show: the form as it was when last searched. */
    private AuditCriteria searched = new AuditCriteria();
    private List<String> actions;
    private final Results results = new Results();
    private ChainCheck check;

    @PostConstruct
    void load() {
        actions = search.knownActions();
    }

    public void search() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (criteria.getFrom() != null && criteria.getTo() != null && criteria.getFrom().isAfter(criteria.getTo())) {
            Messages.addError("trail-form:to", "The 'to' date must be on or after the 'from' date.");
            faces.validationFailed();
            return;
        }
        searched = copy(criteria);
        search.recordSearch(searched);
    }

    public void clear() {
        criteria.setUser(null);
        criteria.setRecordType(null);
        criteria.setRecordId(null);
        criteria.setFrom(null);
        criteria.setTo(null);
        criteria.setAction(null);
        criteria.setOutcome(null);
        searched = new AuditCriteria();
    }

    /** The download address for the current results' criteria. */
    public String getExportUrl() {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("user", searched.getUser());
        params.put("recordType", searched.getRecordType());
        params.put("recordId", searched.getRecordId());
        params.put("from", searched.getFrom() == null ? null : searched.getFrom().toString());
        params.put("to", searched.getTo() == null ? null : searched.getTo().toString());
        params.put("action", searched.getAction());
        params.put("outcome", searched.getOutcome());
        String query = params.entrySet().stream().filter(e -> e.getValue() != null && !e.getValue().isBlank())
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue().trim(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        String path = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + "/audit/export.csv";
        return query.isEmpty() ? path : path + "?" + query;
    }

    /** Reads criteria from request parameters named as {@link #getExportUrl()} writes them. */
    static AuditCriteria criteriaFrom(Function<String, String> parameter) {
        return new AuditCriteria(parameter.apply("user"), parameter.apply("recordType"), parameter.apply("recordId"),
                AuditExportServlet.date(parameter.apply("from")), AuditExportServlet.date(parameter.apply("to")),
                parameter.apply("action"), parameter.apply("outcome"));
    }

    private static AuditCriteria copy(AuditCriteria c) {
        return new AuditCriteria(blankToNull(c.getUser()), blankToNull(c.getRecordType()), blankToNull(c.getRecordId()),
                c.getFrom(), c.getTo(), blankToNull(c.getAction()), blankToNull(c.getOutcome()));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    public void startVerification() {
        check = verifier.start();
        continueVerification();
    }

    /** One chunk per request; the page polls until the check is done. */
    public void continueVerification() {
        if (check != null && !check.isDone()) {
            check = verifier.continueCheck(check);
            if (check.isDone()) {
                banner.refresh();
            }
        }
        if (FacesContext.getCurrentInstance().getPartialViewContext().isAjaxRequest()) {
            PrimeFaces.current().ajax().addCallbackParam("done", check == null || check.isDone());
        }
    }

    public boolean isVerifying() {
        return check != null && !check.isDone();
    }

    public ChainCheck getCheck() {
        return check;
    }

    /** How long the finished check took, as people read it. */
    public String getElapsed() {
        return check == null ? "" : String.format(Locale.UK, "%.1f s", check.getElapsedMillis() / 1000.0);
    }

    public AuditCriteria getCriteria() {
        return criteria;
    }

    public AuditCriteria getSearched() {
        return searched;
    }

    public List<String> getActions() {
        return actions;
    }

    public List<String> getOutcomes() {
        return List.of("SUCCESS", "DENIED", "FAILURE");
    }

    public LazyDataModel<AuditLine> getResults() {
        return results;
    }

    public LocalDate getToday() {
        return LocalDate.now(java.time.Clock.systemUTC());
    }

    /** The search's entries, a page at a time from the database. */
    private final class Results extends LazyDataModel<AuditLine> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, search.count(searched));
        }

        @Override
        public List<AuditLine> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return search.page(searched, first, pageSize);
        }

        @Override
        public String getRowKey(AuditLine line) {
            return Long.toString(line.getId());
        }

        @Override
        public AuditLine getRowData(String rowKey) {
            return null;
        }
    }
}
