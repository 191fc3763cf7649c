package org.harbour.core.lookedafter.application;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** The child's census characteristics as entered: the disabilities ticked and why there is no UPN. */
public class CharacteristicsForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long version;
    private List<String> disabilities = new ArrayList<>();
    private String upnUnknown;

    public Long getVersion() { return version; }
    public void setVersion(Long v) { this.version = v; }
    public List<String> getDisabilities() { return disabilities; }
    public void setDisabilities(List<String> v) { this.disabilities = v == null ? new ArrayList<>() : new ArrayList<>(v); }
    public String getUpnUnknown() { return upnUnknown; }
    public void setUpnUnknown(String v) { this.upnUnknown = v; }
}
