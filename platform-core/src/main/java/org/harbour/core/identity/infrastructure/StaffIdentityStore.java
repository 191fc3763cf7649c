package org.harbour.core.identity.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import org.harbour.core.identity.application.SignInResult;
import org.harbour.core.identity.application.SignInService;

/**
 * Validates local staff accounts against the database, with the same lockout and audit as the
 * login page: both go through {@link SignInService}.
 */
@ApplicationScoped
public class StaffIdentityStore implements IdentityStore {

    @Inject
    private SignInService signIn;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        SignInResult result = signIn.withPassword(login.getCaller(), login.getPassword().getValue());
        return result.isAccepted()
                ? new CredentialValidationResult(result.username(), result.groups())
                : CredentialValidationResult.INVALID_RESULT;
    }
}
