package org.harbour.core.person.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.harbour.core.person.application.InvalidPersonDetails;
import org.harbour.core.person.application.PersonMatch;
import org.harbour.core.person.application.PersonSearch;
import org.harbour.core.person.application.SearchCriteria;

import java.io.Serializable;
import java.util.List;

/** Backs people/search.xhtml: the front door's search of the whole person index. */
@Named
@ViewScoped
public class PersonSearchPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "search-form";

    @Inject
    private PersonSearch search;

    private SearchCriteria criteria = new SearchCriteria();
    /** Shown in the answer to the search that found them; never kept in the session (each search runs again). */
    private transient List<PersonMatch> results;

    public void search() {
        try {
            results = search.search(criteria);
        } catch (InvalidPersonDetails e) {
            results = null;
            FormErrors.show(FORM, e.errors());
        }
    }

    public SearchCriteria getCriteria() {
        return criteria;
    }

    public List<PersonMatch> getResults() {
        return results;
    }

    public boolean isSearched() {
        return results != null;
    }

    public int getMaxResults() {
        return PersonSearch.MAX_RESULTS;
    }
}
