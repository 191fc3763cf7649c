package org.harbour.core.person.domain;

import org.apache.commons.codec.language.DoubleMetaphone;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Double Metaphone keys of a name, so that names spelled differently but said alike
 * (Mohammed, Muhammad, Muhamad) share a key. A name has a primary and an alternate key; two
 * names sound alike when any key of one equals any key of the other.
 */
public final class PhoneticName {

    /** Longer than the codec's default of 4, so long names are told apart a little better. */
    private static final int KEY_LENGTH = 6;

    private final String primary;
    private final String alternate;

    private PhoneticName(String primary, String alternate) {
        this.primary = primary;
        this.alternate = alternate;
    }

    public static PhoneticName of(String name) {
        String letters = lettersOnly(name);
        if (letters.isEmpty()) {
            return new PhoneticName(null, null);
        }
        DoubleMetaphone codec = new DoubleMetaphone();
        codec.setMaxCodeLen(KEY_LENGTH);
        String primary = emptyAsNull(codec.doubleMetaphone(letters, false));
        String alternate = emptyAsNull(codec.doubleMetaphone(letters, true));
        return new PhoneticName(primary, alternate == null ? primary : alternate);
    }

    /** Accents folded, apostrophes, hyphens and spaces dropped: O'Neill and ONeill are one name. */
    static String lettersOnly(String name) {
        if (name == null) {
            return "";
        }
        String folded = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return folded.replaceAll("[^A-Za-z]", "").toUpperCase(Locale.ROOT);
    }

    private static String emptyAsNull(String key) {
        return key == null || key.isEmpty() ? null : key;
    }

    public String primary() {
        return primary;
    }

    public String alternate() {
        return alternate;
    }

    /** The distinct keys, for an {@code in (...)} query. */
    public Set<String> keys() {
        Set<String> keys = new TreeSet<>();
        if (primary != null) {
            keys.add(primary);
        }
        if (alternate != null) {
            keys.add(alternate);
        }
        return keys;
    }

    public boolean soundsLike(PhoneticName other) {
        return keys().stream().anyMatch(other.keys()::contains);
    }
}
