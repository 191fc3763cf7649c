package org.harbour.send.register.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.harbour.core.spi.error.InvalidInputException;
import org.harbour.send.register.application.SettingRegister;
import org.harbour.send.register.application.SettingView;
import org.harbour.send.register.domain.SettingType;

import java.math.BigDecimal;
import java.util.List;

/** The register of schools and settings that plans name. */
@Path("/send/settings")
@RequestScoped
@Tag(name = "SEND")
public class SettingsResource {

    @Inject
    private SettingRegister register;

    /** A new setting: name, URN or UKPRN, type (by name), whether in the city and its residential weeks a year, if any. */
    public static class NewSetting {
        private String name;
        private String urn;
        private String ukprn;
        private String type;
        private Boolean inCity;
        private Integer residentialWeeks;

        public Integer getResidentialWeeks() {
            return residentialWeeks;
        }

        public void setResidentialWeeks(Integer residentialWeeks) {
            this.residentialWeeks = residentialWeeks;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getUrn() {
            return urn;
        }

        public void setUrn(String urn) {
            this.urn = urn;
        }

        public String getUkprn() {
            return ukprn;
        }

        public void setUkprn(String ukprn) {
            this.ukprn = ukprn;
        }

        public String getType() {
            return type;
        }

        public void setType(String type) {
            this.type = type;
        }

        public Boolean getInCity() {
            return inCity;
        }

        public void setInCity(Boolean inCity) {
            this.inCity = inCity;
        }
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The settings register")
    public List<SettingView> all() {
        return register.all();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a school or setting to the register (needs send:commission)")
    public Response add(NewSetting body) {
        NewSetting b = body == null ? new NewSetting() : body;
        SettingType type;
        try {
            type = b.getType() == null ? null : SettingType.valueOf(b.getType());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("type", "Not a type of setting: " + b.getType());
        }
        return Response.status(Response.Status.CREATED)
                .entity(register.add(b.getName(), b.getUrn(), b.getUkprn(), type, b.getInCity(), b.getResidentialWeeks())).build();
    }

    /** A place's cost a year, with the setting's version read. */
    public static class Cost {
        private BigDecimal annualCostPerPlace;
        private Long version;

        public BigDecimal getAnnualCostPerPlace() {
            return annualCostPerPlace;
        }

        public void setAnnualCostPerPlace(BigDecimal annualCostPerPlace) {
            this.annualCostPerPlace = annualCostPerPlace;
        }

        public Long getVersion() {
            return version;
        }

        public void setVersion(Long version) {
            this.version = version;
        }
    }

    @PUT
    @Path("/{id}/cost")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "What one place at the setting costs a year (annualCostPerPlace; null clears it), send:commission")
    public SettingView cost(@PathParam("id") long id, Cost body) {
        Cost c = body == null ? new Cost() : body;
        return register.setCostPerPlace(id, c.getAnnualCostPerPlace(), c.getVersion());
    }

    /** The weeks a year a setting offers residential places, with the setting's version read. */
    public static class Residence {
        private Integer residentialWeeks;
        private Long version;

        public Integer getResidentialWeeks() {
            return residentialWeeks;
        }

        public void setResidentialWeeks(Integer residentialWeeks) {
            this.residentialWeeks = residentialWeeks;
        }

        public Long getVersion() {
            return version;
        }

        public void setVersion(Long version) {
            this.version = version;
        }
    }

    @PUT
    @Path("/{id}/residence")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The weeks a year the setting offers residential places (residentialWeeks 1-52; null for a day setting), send:commission")
    public SettingView residence(@PathParam("id") long id, Residence body) {
        Residence r = body == null ? new Residence() : body;
        return register.setResidentialWeeks(id, r.getResidentialWeeks(), r.getVersion());
    }
}
