package org.harbour.core.person.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Named;
import org.harbour.core.person.domain.EthnicityCodes;
import org.harbour.core.person.domain.PersonKind;
import org.harbour.core.person.domain.RelationshipType;

import java.util.Arrays;
import java.util.List;

/** The fixed choices of the person forms: sex, kind, DfE ethnicity codes, relationship types. */
@Named
@ApplicationScoped
public class PersonChoices {

    private static final List<SelectItem> SEXES = List.of(new SelectItem("F", "Female (F)"),
            new SelectItem("M", "Male (M)"), new SelectItem("U", "Unknown or not stated (U)"));

    public List<SelectItem> getSexes() {
        return SEXES;
    }

    public List<SelectItem> getKinds() {
        return Arrays.stream(PersonKind.values()).map(k -> new SelectItem(k, k.getLabel())).toList();
    }

    public List<SelectItem> getEthnicities() {
        return EthnicityCodes.all().entrySet().stream()
                .map(e -> new SelectItem(e.getKey(), e.getValue() + " (" + e.getKey() + ")")).toList();
    }

    public String getEthnicityYear() {
        return EthnicityCodes.COLLECTION_YEAR;
    }

    public List<SelectItem> getRelationshipTypes() {
        return Arrays.stream(RelationshipType.values()).map(t -> new SelectItem(t, t.getLabel())).toList();
    }
}
