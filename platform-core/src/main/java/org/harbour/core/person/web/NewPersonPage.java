package org.harbour.core.person.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.harbour.core.person.application.DuplicateCandidate;
import org.harbour.core.person.application.DuplicatesFound;
import org.harbour.core.person.application.InvalidPersonDetails;
import org.harbour.core.person.application.PersonDetails;
import org.harbour.core.person.application.PersonIndex;
import org.harbour.core.person.application.PersonView;
import org.harbour.core.person.domain.IdentifyingDetails;
import org.harbour.core.person.domain.PersonKind;
import org.omnifaces.util.Messages;

import java.io.Serializable;
import java.util.List;

/**
 * Backs people/new.xhtml: records a child or an adult. The likely duplicates are shown first;
 * the user then opens one of them or confirms "create anyway" for exactly the details checked.
 */
@Named
@ViewScoped
public class NewPersonPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "person-form";

    @Inject
    private PersonIndex index;

    private final PersonDetails details = new PersonDetails();
    private List<SelectItem> areas;
    private List<DuplicateCandidate> candidates;
    private IdentifyingDetails checked;

    @PostConstruct
    void init() {
        details.setKind(PersonKind.CHILD);
        areas = index.areasOfCurrentUser().stream().map(a -> new SelectItem(a.getCode(), a.getName())).toList();
        if (areas.size() == 1) {
            details.setServiceArea((String) areas.get(0).getValue());
        }
    }

    /** Looks for duplicates; records the person at once when there are none. */
    public String check() {
        try {
            candidates = index.duplicatesOf(details);
            checked = PersonIndex.identifying(details);
            return candidates.isEmpty() ? create(false) : null;
        } catch (InvalidPersonDetails e) {
            FormErrors.show(FORM, e.errors());
            return null;
        }
    }

    /** The user has seen the candidates and records a new person all the same (audited). */
    public String createAnyway() {
        if (checked == null || !checked.equals(PersonIndex.identifying(details))) {
            Messages.addGlobalWarn("The details changed since the check: look at the possible duplicates again.");
            return check();
        }
        return create(true);
    }

    private String create(boolean confirmDuplicate) {
        try {
            PersonView person = index.create(details, confirmDuplicate);
            Messages.addGlobalInfo(person.getFullName() + " is recorded.");
            return "/people/person?faces-redirect=true&id=" + person.getId();
        } catch (DuplicatesFound e) {
            candidates = e.candidates();
            checked = PersonIndex.identifying(details);
            return null;
        } catch (InvalidPersonDetails e) {
            FormErrors.show(FORM, e.errors());
            return null;
        }
    }

    public PersonDetails getDetails() {
        return details;
    }

    public List<SelectItem> getAreas() {
        return areas;
    }

    public boolean isAreaChoice() {
        return areas.size() > 1;
    }

    public List<DuplicateCandidate> getCandidates() {
        return candidates;
    }

    public boolean isDuplicatesShown() {
        return candidates != null && !candidates.isEmpty();
    }
}
