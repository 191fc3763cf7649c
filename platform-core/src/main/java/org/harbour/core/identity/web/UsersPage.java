package org.harbour.core.identity.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.harbour.core.identity.application.StaffAdministration;
import org.harbour.core.identity.application.UserSummary;

import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** Backs admin/users.xhtml: every staff account, searchable by username or name. */
@Named
@ViewScoped
public class UsersPage implements Serializable {

    /** Times on the administration pages: local (UK) time to the minute. */
    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(ZoneId.of("Europe/London"));

    private static final long serialVersionUID = 1L;

    @Inject
    private StaffAdministration administration;

    private String query;
    private List<UserSummary> users;

    @PostConstruct
    void load() {
        search();
    }

    public void search() {
        users = administration.search(query);
    }

    public String when(Instant instant) {
        return instant == null ? "Never" : WHEN.format(instant);
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public List<UserSummary> getUsers() {
        return users;
    }
}
