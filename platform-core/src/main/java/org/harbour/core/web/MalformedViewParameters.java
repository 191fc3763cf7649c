package org.harbour.core.web;

import jakarta.el.ValueExpression;
import jakarta.faces.component.UIViewParameter;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.faces.view.ViewMetadata;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Every page's view parameters, core's and the modules': a value that does not convert ({@code ?id=abc},
 * an id past the largest number) ends the request with the error page, 404 for an id (it names no record)
 * and 400 otherwise. Without this Faces skips the page's load action and renders the page with nothing
 * loaded, which fails deep inside the page.
 */
public class MalformedViewParameters implements PhaseListener {

    private static final long serialVersionUID = 1L;

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.PROCESS_VALIDATIONS;
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        // Nothing to do before the parameters are converted.
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext faces = event.getFacesContext();
        if (faces.isPostback() || faces.getViewRoot() == null || faces.getResponseComplete()) {
            return;
        }
        Map<String, String> submitted = faces.getExternalContext().getRequestParameterMap();
        for (UIViewParameter parameter : ViewMetadata.getViewParameters(faces.getViewRoot())) {
            String value = submitted.get(parameter.getName());
            // NUL in text is refused too: PostgreSQL would fail on it far from here.
            if (!parameter.isValid() || value != null && value.indexOf('\u0000') >= 0) {
                try {
                    faces.getExternalContext().responseSendError(isId(faces, parameter) ? 404 : 400,
                            "The page parameter '" + parameter.getName() + "' is not valid.");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                faces.responseComplete();
                return;
            }
        }
    }

    /** Whether the parameter holds a record's id: a whole number. */
    private static boolean isId(FacesContext faces, UIViewParameter parameter) {
        ValueExpression value = parameter.getValueExpression("value");
        if (value == null) {
            return false;
        }
        try {
            Class<?> type = value.getType(faces.getELContext());
            return type == Long.class || type == long.class || type == Integer.class || type == int.class;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
