package org.harbour.send.register.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.harbour.core.spi.access.Requires;
import org.harbour.core.spi.error.InvalidInputException;
import org.harbour.core.spi.error.RecordNotFoundException;
import org.harbour.send.SendPermissions;
import org.harbour.send.access.application.SendAccess;
import org.harbour.send.register.domain.EducationSetting;
import org.harbour.send.register.domain.SettingType;
import org.harbour.send.register.infrastructure.SettingRepository;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** The register of schools, colleges and other settings that plans name; commissioners keep it. */
@ApplicationScoped
@Transactional
@Requires(SendPermissions.ACCESS)
public class SettingRegister {

    private static final Pattern URN = Pattern.compile("\\d{6}");
    private static final Pattern UKPRN = Pattern.compile("1\\d{7}");

    @Inject
    private SettingRepository settings;

    @Inject
    private SendAccess access;

    public List<SettingView> all() {
        return settings.all().stream().map(SettingView::new).toList();
    }

    @Requires(SendPermissions.COMMISSION)
    public SettingView add(String name, String urn, String ukprn, SettingType type, Boolean inCity) {
        return add(name, urn, ukprn, type, inCity, null);
    }

    /** A setting with the weeks a year it offers residential places (null for a day setting). */
    @Requires(SendPermissions.COMMISSION)
    public SettingView add(String name, String urn, String ukprn, SettingType type, Boolean inCity, Integer residentialWeeks) {
        if (name == null || name.isBlank() || name.length() > 200) {
            throw new InvalidInputException("name", "Enter the setting's name (up to 200 characters).");
        }
        if (type == null) {
            throw new InvalidInputException("type", "Choose the type of setting.");
        }
        if (inCity == null) {
            throw new InvalidInputException("inCity", "Say whether the setting is in the city.");
        }
        String u = blankAsNull(urn);
        String p = blankAsNull(ukprn);
        if (u != null && !URN.matcher(u).matches()) {
            throw new InvalidInputException("urn", "A URN is 6 digits.");
        }
        if (p != null && !UKPRN.matcher(p).matches()) {
            throw new InvalidInputException("ukprn", "A UKPRN is 8 digits starting with 1.");
        }
        if (u == null && p == null) {
            throw new InvalidInputException(type.isPost16() ? "ukprn" : "urn", "Give the setting's URN or UKPRN: SEN2 identifies settings by them.");
        }
        EducationSetting s = new EducationSetting(name.trim(), u, p, type, inCity, access.username(), access.now());
        residence(s, residentialWeeks);
        settings.add(s);
        access.success("SEND_SETTING_ADD", "send-setting", Long.toString(s.getId()), s.getName());
        return new SettingView(s);
    }

    /** The cost a year of one place at the setting, with the version read; null clears it. */
    @Requires(SendPermissions.COMMISSION)
    public SettingView setCostPerPlace(long settingId, BigDecimal annual, Long version) {
        EducationSetting s = settings.find(settingId).orElse(null);
        if (s == null) {
            throw new RecordNotFoundException(-1);
        }
        SendAccess.checkVersion(s.getVersion(), version, s.getUpdatedBy(), s.getUpdatedAt());
        try {
            s.costPerPlace(annual, access.username(), access.now());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("annualCostPerPlace", e.getMessage());
        }
        settings.flush();
        access.success("SEND_SETTING_COST", "send-setting", Long.toString(settingId), s.getName() + ": "
                + (annual == null ? "no cost" : annual.toPlainString() + " a year per place"));
        return new SettingView(s);
    }

    /** The weeks a year the setting offers residential places, with the version read; null for a day setting. */
    @Requires(SendPermissions.COMMISSION)
    public SettingView setResidentialWeeks(long settingId, Integer weeks, Long version) {
        EducationSetting s = settings.find(settingId).orElse(null);
        if (s == null) {
            throw new RecordNotFoundException(-1);
        }
        SendAccess.checkVersion(s.getVersion(), version, s.getUpdatedBy(), s.getUpdatedAt());
        residence(s, weeks);
        settings.flush();
        access.success("SEND_SETTING_RESIDENCE", "send-setting", Long.toString(settingId), s.getName() + ": "
                + (weeks == null ? "day places only" : "residential " + weeks + " weeks a year"));
        return new SettingView(s);
    }

    private void residence(EducationSetting s, Integer weeks) {
        try {
            s.offersResidence(weeks, access.username(), access.now());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("residentialWeeks", e.getMessage());
        }
    }

    /** For the plan service, which has checked its own permission. */
    public Optional<EducationSetting> entity(long id) {
        return settings.find(id);
    }

    private static String blankAsNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
