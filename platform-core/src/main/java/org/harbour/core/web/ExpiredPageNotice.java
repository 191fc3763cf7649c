package org.harbour.core.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.omnifaces.exceptionhandler.ViewExpiredExceptionHandler;

/**
 * Says so when a form was posted to a page the session no longer keeps: a session keeps only the
 * last few pages (com.sun.faces.numberOfLogicalViews in web.xml), so a form left open while many
 * other pages were opened has expired. The page is loaded afresh instead (the exception handler in
 * faces-config.xml), and this notice asks for the entry again rather than losing it silently.
 */
@Named
@RequestScoped
public class ExpiredPageNotice {

    public boolean isShown() {
        return ViewExpiredExceptionHandler.wasViewExpired();
    }
}
