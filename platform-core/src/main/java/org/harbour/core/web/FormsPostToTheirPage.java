package org.harbour.core.web;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIForm;
import jakarta.faces.component.UIViewParameter;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewMetadata;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A form posts to its page's own address, the page's parameters included ({@code child.xhtml?id=12}, not
 * {@code child.xhtml}). A session keeps only its last few pages; a form posted from an older one finds its page
 * expired, and the page is loaded again from the address the form was posted to. Without the parameters that was a
 * record page without its child, which answered 404; with them the same record opens again and says why the form
 * was not sent. Only a form's own address changes: links and redirects build theirs from their own parameters.
 */
public class FormsPostToTheirPage extends ViewHandlerWrapper {

    public FormsPostToTheirPage(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public String getActionURL(FacesContext context, String viewId) {
        String address = getWrapped().getActionURL(context, viewId);
        UIViewRoot view = context.getViewRoot();
        if (view == null || !viewId.equals(view.getViewId())
                || !(UIComponent.getCurrentComponent(context) instanceof UIForm)) {
            return address;
        }
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        Map<String, String> asked = context.getExternalContext().getRequestParameterMap();
        for (UIViewParameter parameter : ViewMetadata.getViewParameters(view)) {
            // The page's own address gives the value as it was asked for; converting the model's value back (a
            // converter looked up by type for each parameter, each form) only where the address did not carry it.
            String value = asked.get(parameter.getName());
            if (value == null) {
                value = parameter.getStringValue(context);
            }
            if (value != null && !value.isEmpty()) {
                parameters.put(parameter.getName(), List.of(value));
            }
        }
        return parameters.isEmpty() ? address
                : context.getExternalContext().encodeBookmarkableURL(address, parameters);
    }
}
