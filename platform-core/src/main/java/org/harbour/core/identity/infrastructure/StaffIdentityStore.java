package org.harbour.core.identity.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import org.harbour.core.identity.application.PasswordHasher;
import org.harbour.core.identity.application.StaffDirectory;
import org.harbour.core.identity.domain.Role;
import org.harbour.core.identity.domain.StaffUser;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * Validates local staff accounts against the database. Unknown users still cost one hash,
 * so response time does not reveal which usernames exist.
 */
@ApplicationScoped
public class StaffIdentityStore implements IdentityStore {

    @Inject
    private StaffDirectory directory;

    @Inject
    private PasswordHasher hasher;

    private volatile String decoyHash;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        String username = login.getCaller() == null ? "" : login.getCaller().trim().toLowerCase();
        StaffUser user = directory.findByUsername(username).orElse(null);
        if (user == null || !user.isActive()) {
            hasher.matches(login.getPassword().getValue(), decoyHash());
            return CredentialValidationResult.INVALID_RESULT;
        }
        if (!hasher.matches(login.getPassword().getValue(), user.getPasswordHash())) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        Set<String> groups = user.getRoles().stream().map(Role::getCode).collect(Collectors.toSet());
        return new CredentialValidationResult(user.getUsername(), groups);
    }

    private String decoyHash() {
        if (decoyHash == null) {
            decoyHash = hasher.hash("not-a-real-password".toCharArray());
        }
        return decoyHash;
    }
}
