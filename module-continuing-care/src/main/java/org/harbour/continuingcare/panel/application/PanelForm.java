package org.harbour.continuingcare.panel.application;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** A panel's terms of reference, function, quorum and members. */
public class PanelForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "Name the panel.")
    @Size(max = 120, message = "Keep the name to 120 characters.")
    private String name;
    @NotBlank(message = "Choose the panel's one function.")
    private String function;
    @NotBlank(message = "Write the panel's terms of reference.")
    @Size(max = 4000, message = "Keep the terms of reference to 4,000 characters.")
    private String termsOfReference;
    @NotNull(message = "Say how many decision-makers make a quorum.")
    @Min(value = 1, message = "A quorum needs at least one decision-maker.")
    private Integer quorum;
    @NotEmpty(message = "Add the panel's members.")
    @Valid
    private List<Member> members = new ArrayList<>();
    private Long id;
    private Long version;

    /** The panel as it stands, for editing. */
    public static PanelForm of(org.harbour.continuingcare.panel.domain.Panel panel) {
        PanelForm form = new PanelForm();
        form.id = panel.getId();
        form.version = panel.getVersion();
        form.name = panel.getName();
        form.function = panel.getFunction().name();
        form.termsOfReference = panel.getTermsOfReference();
        form.quorum = panel.getQuorum();
        panel.getMembers().forEach(m -> {
            Member member = new Member();
            member.id = m.getId();
            member.name = m.getName();
            member.role = m.getRole();
            member.agency = m.getAgency();
            member.decisionMaker = m.isDecisionMaker();
            form.members.add(member);
        });
        return form;
    }

    public long decisionMakers() {
        return members.stream().filter(Member::isDecisionMaker).count();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getFunction() {
        return function;
    }

    public void setFunction(String function) {
        this.function = function;
    }

    public String getTermsOfReference() {
        return termsOfReference;
    }

    public void setTermsOfReference(String termsOfReference) {
        this.termsOfReference = termsOfReference;
    }

    public Integer getQuorum() {
        return quorum;
    }

    public void setQuorum(Integer quorum) {
        this.quorum = quorum;
    }

    public List<Member> getMembers() {
        return members;
    }

    public void setMembers(List<Member> members) {
        this.members = members;
    }

    /** One member of the panel. */
    public static class Member implements Serializable {

        private static final long serialVersionUID = 1L;

        @NotBlank(message = "Give each member's name.")
        private String name;
        @NotBlank(message = "Give each member's role on the panel.")
        private String role;
        @NotBlank(message = "Give each member's agency.")
        private String agency;
        private boolean decisionMaker;
        private Long id;

        public Long getId() {
            return id;
        }

        public void setId(Long id) {
            this.id = id;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getRole() {
            return role;
        }

        public void setRole(String role) {
            this.role = role;
        }

        public String getAgency() {
            return agency;
        }

        public void setAgency(String agency) {
            this.agency = agency;
        }

        public boolean isDecisionMaker() {
            return decisionMaker;
        }

        public void setDecisionMaker(boolean decisionMaker) {
            this.decisionMaker = decisionMaker;
        }
    }
}
