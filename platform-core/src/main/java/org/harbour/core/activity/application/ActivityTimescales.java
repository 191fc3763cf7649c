package org.harbour.core.activity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;
import org.harbour.core.activity.domain.VisitType;
import org.harbour.core.spi.calendar.CaseworkTimescales;
import org.harbour.core.spi.calendar.Timescale;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * How often each statutory visit and case supervision is due: settings a council can change,
 * {@code harbour.timescales.visit.<cin|cp|cla|early-help>} and {@code harbour.timescales.supervision},
 * each written like {@code 10 working days}, {@code 6 weeks}, {@code 28 days} or {@code 1 month}.
 */
@ApplicationScoped
public class ActivityTimescales implements CaseworkTimescales {

    static final Map<VisitType, String> DEFAULTS = Map.of(
            VisitType.CIN, "6 weeks",
            VisitType.CP, "10 working days",
            VisitType.CLA, "6 weeks",
            VisitType.EARLY_HELP, "4 weeks");
    static final String SUPERVISION_DEFAULT = "4 weeks";

    private final Map<VisitType, Timescale> visits = new EnumMap<>(VisitType.class);
    private Timescale supervision;

    public ActivityTimescales() {
        this(key -> Optional.empty());
    }

    /** For unit tests: settings from a lookup. */
    public ActivityTimescales(java.util.function.Function<String, Optional<String>> settings) {
        configure(settings);
    }

    @Inject
    void configure(Config config) {
        configure(key -> config.getOptionalValue(key, String.class));
    }

    private void configure(java.util.function.Function<String, Optional<String>> settings) {
        for (VisitType type : VisitType.values()) {
            if (type.isStatutory()) {
                String key = "harbour.timescales.visit." + type.getSettingKey();
                visits.put(type, parse(type.getShortLabel(), key, settings.apply(key).orElse(DEFAULTS.get(type))));
            }
        }
        String key = "harbour.timescales.supervision";
        supervision = parse("Supervision", key, settings.apply(key).orElse(SUPERVISION_DEFAULT));
    }

    /** The timescale of a statutory visit type, empty for a visit that counts towards none. */
    public Optional<Timescale> visit(VisitType type) {
        return Optional.ofNullable(visits.get(type));
    }

    @Override
    public Optional<Timescale> visit(String visitTypeCode) {
        VisitType type = VisitType.fromCode(visitTypeCode);
        return type == null ? Optional.empty() : visit(type);
    }

    @Override
    public Timescale supervision() {
        return supervision;
    }

    /** Reads "10 working days", "6 weeks", "28 days", "1 month" (singular or plural, any case). */
    static Timescale parse(String name, String key, String text) {
        String[] words = text.trim().toLowerCase(Locale.ROOT).split("\\s+", 2);
        try {
            int amount = Integer.parseInt(words[0]);
            String unit = words.length > 1 ? words[1].replaceAll("\\s+", " ") : "";
            Timescale.Unit parsed = switch (unit) {
                case "working day", "working days" -> Timescale.Unit.WORKING_DAYS;
                case "day", "days" -> Timescale.Unit.DAYS;
                case "week", "weeks" -> Timescale.Unit.WEEKS;
                case "month", "months" -> Timescale.Unit.MONTHS;
                default -> throw new IllegalArgumentException(key + " has the unit '" + unit
                        + "': use working days, days, weeks or months");
            };
            if (amount < 1) {
                throw new IllegalArgumentException(key + " must be at least 1, not " + amount);
            }
            return new Timescale(name, amount, parsed);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " holds '" + text + "', not a timescale like '10 working days'", e);
        }
    }
}
