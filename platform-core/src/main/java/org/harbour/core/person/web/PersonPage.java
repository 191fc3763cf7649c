package org.harbour.core.person.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.harbour.core.identity.application.StaffDirectory;
import org.harbour.core.identity.domain.StaffUser;
import org.harbour.core.person.application.InvalidPersonDetails;
import org.harbour.core.person.application.PersonDetails;
import org.harbour.core.person.application.PersonIndex;
import org.harbour.core.person.application.PersonMatch;
import org.harbour.core.person.application.PersonSearch;
import org.harbour.core.person.application.PersonView;
import org.harbour.core.person.application.RelationshipRequest;
import org.harbour.core.person.application.RelationshipView;
import org.harbour.core.person.application.Relationships;
import org.harbour.core.person.application.SearchCriteria;
import org.harbour.core.spi.error.EditConflictException;
import org.harbour.core.spi.error.RecordNotFoundException;
import org.omnifaces.util.Messages;

import java.io.IOException;
import java.io.Serializable;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Backs people/person.xhtml: one person's identifying details and relationships, viewed and
 * changed under need to know. A save based on an old version is refused, says who changed the
 * record and when, and keeps what the user typed.
 */
@Named
@ViewScoped
public class PersonPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "person-form";
    static final String RELATIONSHIP_FORM = "relationship-form";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm 'on' dd/MM/yyyy")
            .withZone(ZoneId.of("Europe/London"));

    @Inject
    private PersonIndex index;

    @Inject
    private Relationships relationships;

    @Inject
    private PersonSearch search;

    @Inject
    private StaffDirectory directory;

    private Long id;
    private PersonView person;
    private PersonDetails details;
    private List<RelationshipView> family;
    private boolean conflict;

    private String relativeGivenName;
    private String relativeFamilyName;
    private List<PersonMatch> relativeMatches;
    private RelationshipRequest relationship = new RelationshipRequest();

    /** Called once per view; an unknown id and a refused one both answer 404 (the refusal is audited). */
    public void load() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces.isPostback()) {
            return;
        }
        try {
            if (id == null) {
                throw new RecordNotFoundException(-1);
            }
            person = index.open(id);
            details = PersonDetails.of(person);
            family = relationships.of(id);
        } catch (RecordNotFoundException e) {
            faces.getExternalContext().responseSendError(404, "No such record");
            faces.responseComplete();
        }
    }

    public void save() {
        try {
            person = index.update(id, details, details.getVersion());
            details = PersonDetails.of(person);
            conflict = false;
            Messages.addGlobalInfo("Saved.");
        } catch (EditConflictException e) {
            person = index.open(id);
            details.setVersion(e.getCurrentVersion());
            conflict = true;
            Messages.addGlobalWarn(displayName(e.getChangedBy()) + " changed this record"
                    + (e.getChangedAt() == null ? "" : " at " + WHEN.format(e.getChangedAt()))
                    + " after you opened it. Nothing was saved and your changes are still in the form: compare them"
                    + " with the current record shown above, then save again to keep yours.");
        } catch (InvalidPersonDetails e) {
            FormErrors.show(FORM, e.errors());
        } catch (RecordNotFoundException e) {
            Messages.addGlobalWarn("You can no longer reach this record; nothing was saved.");
        }
    }

    /** Looks up the other person of a new relationship in the whole index. */
    public void findRelative() {
        try {
            relativeMatches = search.search(new SearchCriteria(relativeGivenName, relativeFamilyName, null, null, null,
                    null)).stream().filter(m -> m.getId() != id).toList();
            relationship.setOtherPersonId(relativeMatches.size() == 1 ? relativeMatches.get(0).getId() : null);
        } catch (InvalidPersonDetails e) {
            relativeMatches = null;
            FormErrors.show(RELATIONSHIP_FORM, e.errors().stream()
                    .map(f -> new org.harbour.core.person.application.FieldError("relativeFamilyName", f.message()))
                    .toList());
        }
    }

    public void addRelationship() {
        try {
            relationships.add(id, relationship);
            family = relationships.of(id);
            relationship = new RelationshipRequest();
            relativeMatches = null;
            relativeGivenName = null;
            relativeFamilyName = null;
            Messages.addGlobalInfo("Relationship recorded.");
        } catch (InvalidPersonDetails e) {
            FormErrors.show(RELATIONSHIP_FORM, e.errors());
        } catch (RecordNotFoundException e) {
            Messages.addGlobalWarn("You can no longer reach this record; nothing was saved.");
        }
    }

    private String displayName(String username) {
        if (username == null) {
            return "Someone else";
        }
        return directory.findByUsername(username).map(StaffUser::getDisplayName).orElse(username);
    }

    public String getUpdatedByName() {
        return person == null || person.getUpdatedBy() == null ? null : displayName(person.getUpdatedBy());
    }

    public String getUpdatedAtText() {
        return person == null || person.getUpdatedAt() == null ? null : WHEN.format(person.getUpdatedAt());
    }

    public List<SelectItem> getRelativeChoices() {
        return relativeMatches == null ? List.of() : relativeMatches.stream()
                .map(m -> new SelectItem(m.getId(), m.getFullName()
                        + (m.getDateOfBirth() == null ? "" : ", born " + m.getDateOfBirth().format(
                        DateTimeFormatter.ofPattern("dd/MM/yyyy")))
                        + (m.getPostcode() == null ? "" : ", " + m.getPostcode())))
                .toList();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public PersonView getPerson() {
        return person;
    }

    public PersonDetails getDetails() {
        return details;
    }

    public List<RelationshipView> getFamily() {
        return family;
    }

    public boolean isConflict() {
        return conflict;
    }

    public String getRelativeGivenName() {
        return relativeGivenName;
    }

    public void setRelativeGivenName(String relativeGivenName) {
        this.relativeGivenName = relativeGivenName;
    }

    public String getRelativeFamilyName() {
        return relativeFamilyName;
    }

    public void setRelativeFamilyName(String relativeFamilyName) {
        this.relativeFamilyName = relativeFamilyName;
    }

    public boolean isRelativeSearched() {
        return relativeMatches != null;
    }

    public RelationshipRequest getRelationship() {
        return relationship;
    }
}
