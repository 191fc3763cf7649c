package org.harbour.core.caseload.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import org.harbour.core.spi.people.CaseloadChild;
import org.harbour.core.spi.people.Caseloads;

import java.security.Principal;
import java.time.LocalDate;
import java.util.List;

/** The platform's {@link Caseloads}: {@link CaseloadService#caseloadOf} for the signed-in user. */
@ApplicationScoped
public class MyCaseload implements Caseloads {

    @Inject
    private CaseloadService caseloads;

    @Inject
    private SecurityContext securityContext;

    @Override
    public List<CaseloadChild> mine(LocalDate on) {
        Principal caller = securityContext.getCallerPrincipal();
        if (caller == null) {
            return List.of();
        }
        return caseloads.caseloadOf(caller.getName(), on).stream()
                .map(i -> new CaseloadChild(i.getPersonId(), i.getChildName(), i.getDateOfBirth(), i.getAge()))
                .toList();
    }
}
