package org.harbour.core.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import org.harbour.core.audit.application.AuditPermissionException;
import org.harbour.core.spi.error.AccessRefusedException;
import org.harbour.core.spi.error.ActionRefusedException;
import org.harbour.core.spi.error.RecordNotFoundException;

import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Backs error.xhtml. Staff see a plain explanation and a reference; the stack trace goes to the
 * server log under that reference, never to the page.
 */
@Named
@RequestScoped
public class ErrorPage {

    private static final Logger LOG = Logger.getLogger(ErrorPage.class.getName());

    @Inject
    private FacesContext facesContext;

    private Integer status;
    private String reference;

    public int getStatus() {
        if (status == null) {
            ExternalContext external = facesContext.getExternalContext();
            Map<String, Object> request = external.getRequestMap();
            Object code = request.get(RequestDispatcher.ERROR_STATUS_CODE);
            Object error = request.get(RequestDispatcher.ERROR_EXCEPTION);
            if (code instanceof Integer i) {
                status = statusOf(error instanceof Throwable t ? t : null, i);
            } else {
                // Asked for directly, not forwarded with an error: there is no page of that name to show.
                status = error instanceof Throwable t ? statusOf(t, 500) : 404;
            }
            external.setResponseStatus(status);
        }
        return status;
    }

    /**
     * A refusal or an unknown record thrown from a service while a page rendered or acted is not a
     * fault: it answers as the gate would have (403, or 404 so ids cannot be probed).
     */
    static int statusOf(Throwable error, int status) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof RecordNotFoundException) {
                return 404;
            }
            if (t instanceof AccessRefusedException || t instanceof ActionRefusedException
                    || t instanceof AuditPermissionException) {
                return 403;
            }
        }
        return status;
    }

    public String getTitle() {
        return switch (getStatus()) {
            case 403 -> "You do not have access to this page";
            case 404 -> "Page not found";
            case 400 -> "The request could not be understood";
            default -> "Sorry, something went wrong";
        };
    }

    public String getExplanation() {
        return switch (getStatus()) {
            case 403 -> "Your role or service area does not include this part of Harbour."
                    + " Ask your manager or an administrator if you need it.";
            case 404 -> "Check the address, or use the navigation to find what you need.";
            case 400 -> "Go back and try again.";
            default -> "Your work up to the last save is safe. Try again in a moment;"
                    + " if it keeps happening, give the reference below to the service desk.";
        };
    }

    /** A reference for the service desk, logged with the exception when there is one. */
    public String getReference() {
        if (reference == null) {
            reference = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
            Map<String, Object> request = facesContext.getExternalContext().getRequestMap();
            Object error = request.get(RequestDispatcher.ERROR_EXCEPTION);
            if (error instanceof Throwable t && getStatus() >= 500) {
                LOG.log(Level.SEVERE, "Error reference " + reference + " for "
                        + request.get(RequestDispatcher.ERROR_REQUEST_URI), t);
            }
        }
        return reference;
    }
}
